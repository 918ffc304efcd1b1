/** Diagram labels are set at this size (px); the SVG's text styles must match. */
export const FONT_SIZE = 13;

/**
 * Layout happens at build time, without a browser to measure text: 7px per character is a safe average
 * for a sans-serif at 13px, and callers leave padding around the estimate.
 */
const CHAR_WIDTH = 7;

export function textWidth(text: string): number {
  return Math.ceil([...text].length * CHAR_WIDTH);
}
