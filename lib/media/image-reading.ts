/**
 * An image's rules as one reading, for the content check (lib/check/post-files.ts) and the image step alike. Apart
 * from ./image-rules.ts and ./svg-rules.ts so that the media store's version (lib/cache/store.ts: what makes the
 * files, ./variants.ts) does not change with the drawing rules: every image passes its rules on every run anyway.
 */
import { readRasterHeader, type RasterFacts } from "./image-rules";
import { readSvg } from "./svg-rules";

/** A rule an image breaks: the line (an SVG's), the part of the file it concerns, what was expected. */
export type ImageProblem = { line: number | undefined; field: string; message: string };

/** An image that passed its rules, with what making its files needs; or every rule it breaks. */
export type ImageReading =
  { svg: { width: number; height: number } } | { raster: RasterFacts } | { problems: ImageProblem[] };

/**
 * An image's rules, one reading for the content check and the image step: an SVG is UTF-8 text that passes the
 * drawing rules (./svg-rules.ts), any other image has a header within the limits. Its size in bytes is checked
 * before it is read (`bytesProblem`).
 */
export async function readImage(bytes: Uint8Array, name: string): Promise<ImageReading> {
  if (/\.svg$/i.test(name)) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return { problems: [{ line: undefined, field: "file", message: "is not UTF-8 text, expected an SVG drawing" }] };
    }
    const { problems, width, height } = readSvg(text);
    if (problems.length || !width || !height) {
      return { problems: problems.map((p) => ({ line: p.line ?? 1, field: p.construct, message: p.message })) };
    }
    return { svg: { width, height } };
  }
  const header = await readRasterHeader(bytes, name);
  if ("problem" in header) return { problems: [{ line: undefined, field: "image", message: header.problem }] };
  return { raster: header };
}
