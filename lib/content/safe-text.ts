/**
 * A content file's bytes become text here, before anything parses them: posts arrive from outsiders and from
 * any editor. A file larger than its place allows is refused unread; a UTF-8 byte-order mark and Windows line
 * endings are fine (dropped and turned into "\n", which keeps every line number); a UTF-16 file, a binary file
 * or bytes that aren't UTF-8 are refused with the line of the first bad byte, so no parser ever sees them. The
 * text then comes with what a reviewer could not see in it: invisible characters (./invisible-characters.ts) and
 * lines too long to read in a diff.
 */
import { isUtf8 } from "node:buffer";
import { hiddenCharacterProblems } from "./invisible-characters";

export type SourceProblem = { line: number; field: string; message: string };

const TEXT_LIMITS = {
  /**
   * Characters in one line: the longest line of a post today is a 648-character paragraph; 4,000 holds a paragraph
   * of some 600 words. Past that a diff view cuts the line off, and what is at its end goes unreviewed.
   */
  lineChars: 4000,
} as const;

/** What a place of the content folder holds: `empty` completes "is empty, expected …"; its size limit in bytes. */
export type TextKind = { empty: string; maxBytes: number };

const BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence; only called on invalid input. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset] ?? 0;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    if (lead > 0xf4 || (lead >= 0x80 && lead < 0xc2) || !isUtf8(bytes.subarray(offset, offset + length))) {
      return offset;
    }
    offset += length;
  }
  return offset;
}

const hex = (byte: number | undefined) => `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;

/** `N bytes (K KiB)`, for messages about sizes. */
export const sizeOf = (bytes: number) => `${bytes} bytes (${Math.ceil(bytes / 1024)} KiB)`;

/** The first line longer than TEXT_LIMITS.lineChars, as a problem. */
function longLineProblem(text: string): SourceProblem | undefined {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > TEXT_LIMITS.lineChars) {
      const message = `is ${length} characters long, expected at most ${TEXT_LIMITS.lineChars} (break the line: a diff view cuts off what is past that)`;
      return { line, field: "line", message };
    }
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

/**
 * The file's text and what a reviewer could not see in it, or why it can't be read at all. Line endings come back
 * as "\n". `problems` do not stop a reader (each is on its line); `problem` does.
 */
export function readSourceText(
  bytes: Uint8Array,
  { empty, maxBytes }: TextKind,
): { text: string; problems: SourceProblem[] } | { problem: SourceProblem } {
  if (bytes.byteLength > maxBytes) {
    return { problem: { line: 1, field: "file", message: `is ${sizeOf(bytes.byteLength)}, expected at most ${sizeOf(maxBytes)}` } };
  }
  const encoding = (line: number, message: string) => ({ problem: { line, field: "encoding", message } });
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return encoding(1, "is UTF-16, expected UTF-8 (save the file as UTF-8 in your editor)");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return encoding(lineAt(bytes, nul), `has a NUL byte at offset ${nul} (a binary file?), expected UTF-8 text`);
  }
  if (!isUtf8(bytes)) {
    const offset = firstInvalidUtf8(bytes);
    return encoding(
      lineAt(bytes, offset),
      `byte ${hex(bytes[offset])} at offset ${offset} is not UTF-8, expected UTF-8 text (save the file as UTF-8)`,
    );
  }
  const start = startsWith(bytes, BOM) ? BOM.length : 0;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start)
    .toString("utf8")
    .replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { problem: { line: 1, field: "file", message: `is empty, expected ${empty}` } };
  const long = longLineProblem(text);
  return { text, problems: [...hiddenCharacterProblems(text), ...(long ? [long] : [])] };
}
