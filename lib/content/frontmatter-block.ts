/**
 * Where a post's frontmatter starts and ends, found the way both of its readers agree on: remark-frontmatter
 * (the body's parse) wants fences of exactly `---`, and contentlayer2's gray-matter ends the block at the first
 * line that starts with `---` and would run a first line such as `---js` as JavaScript. So the opening line
 * must be `---` (trailing spaces allowed), and so must the first later line that starts with `---`.
 */

export type FrontmatterBlock = {
  /** The YAML between the fences; its first line is line 2 of the file. */
  yaml: string;
  /** Line of the closing `---`. */
  closeLine: number;
  /** Everything after the closing fence's line. */
  body: string;
};
/** `refused`: the file must not reach a parser at all (it asks for code to run). */
export type BlockProblem = { line: number; message: string; refused: boolean };

const FENCE = /^---[ \t]*$/;

const lineEnd = (text: string, from: number) => {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
};

/** Splits text (with "\n" line endings) into its frontmatter and body, or says why it can't. */
export function splitFrontmatter(text: string): FrontmatterBlock | BlockProblem {
  const openEnd = lineEnd(text, 0);
  const opening = text.slice(0, openEnd);
  if (!FENCE.test(opening)) {
    if (/^---[^-]/.test(opening)) {
      const message = `the first line ${JSON.stringify(opening)} names a frontmatter language, expected a line of exactly --- (YAML only)`;
      return { line: 1, message, refused: true };
    }
    return { line: 1, message: "no frontmatter, expected the file to start with a --- YAML block ---", refused: false };
  }
  // The newline ending the opening line, so an empty block (`---` right after `---`) is found too.
  const close = text.indexOf("\n---", openEnd);
  if (close === -1) {
    return { line: 1, message: "is not closed, expected a line of exactly --- after the fields", refused: false };
  }
  const yaml = text.slice(openEnd + 1, close + 1);
  const closeLine = 2 + (yaml.match(/\n/g)?.length ?? 0);
  const closeEnd = lineEnd(text, close + 1);
  const closing = text.slice(close + 1, closeEnd);
  if (!FENCE.test(closing)) {
    return {
      line: closeLine,
      message: `${JSON.stringify(closing)} ends the frontmatter early, expected a line of exactly --- to end it`,
      refused: false,
    };
  }
  return { yaml, closeLine, body: text.slice(closeEnd + 1) };
}
