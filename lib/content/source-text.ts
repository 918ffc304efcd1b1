/**
 * A content file's bytes become text here, before anything parses them: posts arrive from outsiders and from
 * any editor. A UTF-8 byte-order mark and Windows line endings are fine (dropped and turned into "\n", which
 * keeps every line number); a UTF-16 file, a binary file or bytes that aren't UTF-8 are refused with the line
 * of the first bad byte, so no parser ever sees them.
 */
import { isUtf8 } from "node:buffer";

export type SourceProblem = { line: number; field: string; message: string };

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

/**
 * The file's text, or why it isn't text. `empty` completes "is empty, expected …" for the kind of file
 * (a post, an author). Line endings come back as "\n".
 */
export function readSourceText(bytes: Uint8Array, empty: string): { text: string } | { problem: SourceProblem } {
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
  return { text };
}
