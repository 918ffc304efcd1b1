/**
 * A reviewer reads a pull request's raw text; a reader reads the page. Characters that draw nothing or reorder
 * what is drawn (controls, format characters, default-ignorable code points) can make the two differ: a
 * right-to-left override shows `moc.lapyap` as `paypal.com`, a zero-width space hides a word from a search of the
 * diff, a run of variation selectors or tag characters carries text nobody sees. So every content file is read
 * through an allow-list: all of Unicode except these, of which only what languages need is kept, where they need it.
 */

import { decodeNamedCharacterReference } from "decode-named-character-reference";

export type CharacterProblem = { line: number; field: string; message: string };

// Everything that may draw nothing or reorder text: controls (Cc), format characters (Cf), line and paragraph
// separators (Zl, Zp) and the default-ignorable code points (variation selectors, Hangul fillers…). Tab and
// line feed are the text's own layout.
const SUSPECT = /(?![\t\n])[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const ONE_SUSPECT = new RegExp(SUSPECT.source, "u");

const anyOf = (property: string, values: readonly string[]) =>
  new RegExp(values.map((value) => `\\p{${property}=${value}}`).join("|"), "u");
// Scripts whose letters join, and which need U+200C/U+200D between them (Persian, the Indic scripts…).
const JOINING = anyOf("Script_Extensions", [
  "Arabic",
  "Syriac",
  "Nko",
  "Mongolian",
  "Devanagari",
  "Bengali",
  "Gurmukhi",
  "Gujarati",
  "Oriya",
  "Tamil",
  "Telugu",
  "Kannada",
  "Malayalam",
  "Sinhala",
  "Khmer",
  "Myanmar",
  "Tibetan",
]);
const RIGHT_TO_LEFT = anyOf("Script", [
  "Hebrew",
  "Arabic",
  "Syriac",
  "Thaana",
  "Nko",
  "Samaritan",
  "Mandaic",
  "Adlam",
  "Hanifi_Rohingya",
]);
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const VARIATION_SELECTOR = /[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;
const BASE = /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u;
// Arabic and Syriac signs that span the digits after them: visible, written before numbers.
const NUMBER_SIGNS = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
const BLACK_FLAG = "\u{1F3F4}";

/** The character (code point) that ends just before `index`, or "" at the start. */
function characterBefore(text: string, index: number): string {
  if (index === 0) return "";
  const low = text.charCodeAt(index - 1);
  const start = index >= 2 && low >= 0xdc00 && low <= 0xdfff ? index - 2 : index - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

const characterAt = (text: string, index: number) =>
  index < text.length ? String.fromCodePoint(text.codePointAt(index) ?? 0) : "";

/**
 * Whether the suspect character at `index` is one a language needs there. `rightToLeftLine` says whether its line
 * has right-to-left text (asked once a line, however many marks it holds).
 */
function allowed(text: string, index: number, char: string, rightToLeftLine: () => boolean): boolean {
  const previous = characterBefore(text, index);
  const next = characterAt(text, index + char.length);
  switch (char) {
    case "\u200C":
    case "\u200D":
      // Joiners: between letters of a script that joins, or between the parts of an emoji.
      return (
        (JOINING.test(previous) && JOINING.test(next)) || (EMOJI.test(previous) && /\p{Extended_Pictographic}/u.test(next))
      );
    case "\u200E":
    case "\u200F":
    case "\u061C":
      // Direction marks: only on a line that has right-to-left text.
      return rightToLeftLine();
  }
  if (NUMBER_SIGNS.test(char)) return true;
  // One variation selector after a visible character: an emoji's or an ideograph's chosen form.
  if (VARIATION_SELECTOR.test(char)) return BASE.test(previous) && !VARIATION_SELECTOR.test(previous);
  // Tag characters spell a subdivision flag after the black flag (🏴 + gbeng + cancel tag), nowhere else.
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint >= 0xe0020 && codePoint <= 0xe007f) {
    // At most seven tag characters (two code units each) after the flag: no need to look further back.
    const from = Math.max(0, index - 16);
    const near = text.slice(from, index).lastIndexOf(BLACK_FLAG);
    if (near === -1) return false;
    const start = from + near + BLACK_FLAG.length;
    const tags = /^[\u{E0020}-\u{E007E}]{1,6}\u{E007F}/u.exec(text.slice(start, start + 14))?.[0] ?? "";
    return index < start + tags.length;
  }
  return false;
}

const NAMES: Record<number, string> = {
  0x00: "NULL",
  0x07: "BELL",
  0x08: "BACKSPACE",
  0x0b: "LINE TABULATION",
  0x0c: "FORM FEED",
  0x0d: "CARRIAGE RETURN",
  0x1b: "ESCAPE",
  0x7f: "DELETE",
  0x85: "NEXT LINE",
  0xad: "SOFT HYPHEN",
  0x034f: "COMBINING GRAPHEME JOINER",
  0x061c: "ARABIC LETTER MARK",
  0x115f: "HANGUL CHOSEONG FILLER",
  0x1160: "HANGUL JUNGSEONG FILLER",
  0x180e: "MONGOLIAN VOWEL SEPARATOR",
  0x200b: "ZERO WIDTH SPACE",
  0x200c: "ZERO WIDTH NON-JOINER",
  0x200d: "ZERO WIDTH JOINER",
  0x200e: "LEFT-TO-RIGHT MARK",
  0x200f: "RIGHT-TO-LEFT MARK",
  0x2028: "LINE SEPARATOR",
  0x2029: "PARAGRAPH SEPARATOR",
  0x202a: "LEFT-TO-RIGHT EMBEDDING",
  0x202b: "RIGHT-TO-LEFT EMBEDDING",
  0x202c: "POP DIRECTIONAL FORMATTING",
  0x202d: "LEFT-TO-RIGHT OVERRIDE",
  0x202e: "RIGHT-TO-LEFT OVERRIDE",
  0x2060: "WORD JOINER",
  0x2061: "FUNCTION APPLICATION",
  0x2062: "INVISIBLE TIMES",
  0x2063: "INVISIBLE SEPARATOR",
  0x2064: "INVISIBLE PLUS",
  0x2066: "LEFT-TO-RIGHT ISOLATE",
  0x2067: "RIGHT-TO-LEFT ISOLATE",
  0x2068: "FIRST STRONG ISOLATE",
  0x2069: "POP DIRECTIONAL ISOLATE",
  0x3164: "HANGUL FILLER",
  0xfeff: "ZERO WIDTH NO-BREAK SPACE",
  0xffa0: "HALFWIDTH HANGUL FILLER",
  0xfff9: "INTERLINEAR ANNOTATION ANCHOR",
  0xfffa: "INTERLINEAR ANNOTATION SEPARATOR",
  0xfffb: "INTERLINEAR ANNOTATION TERMINATOR",
  0xe0001: "LANGUAGE TAG",
  0xe007f: "CANCEL TAG",
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and its Unicode name (or what kind of character it is). */
export function describeCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  let name = NAMES[codePoint];
  if (name === undefined && codePoint >= 0xfe00 && codePoint <= 0xfe0f) name = `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`;
  if (name === undefined && codePoint >= 0xe0100 && codePoint <= 0xe01ef) name = `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`;
  if (name === undefined && codePoint >= 0xe0020 && codePoint <= 0xe007e) name = `TAG ${String.fromCodePoint(codePoint - 0xe0000)}`;
  if (name === undefined && /\p{Cc}/u.test(char)) name = "a control character";
  return `${hex} ${name ?? "an invisible format character"}`;
}

const WHY = "draws nothing or reorders the text around it, so the page would not show what the file's diff shows";

/**
 * Each match of `pattern` in `text`, with its line (counting from `firstLine`) and where that line starts and ends.
 * Lines are counted as the matches go, so that many matches still cost one pass.
 */
function* matchesByLine(text: string, pattern: RegExp, firstLine: number) {
  let line = firstLine;
  let lineStart = 0;
  let newline = text.indexOf("\n");
  for (const match of text.matchAll(pattern)) {
    while (newline !== -1 && newline < match.index) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf("\n", lineStart);
    }
    yield { match, index: match.index, line, lineStart, lineEnd: newline === -1 ? text.length : newline };
  }
}

/**
 * Every character of `text` (line `firstLine` onwards of its file) that is not allowed where it stands, one
 * problem per line, naming its column, code point and name.
 */
export function invisibleCharacterProblems(text: string, firstLine = 1): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  let reportedLine = 0;
  // Whether the line starting at `rightToLeftStart` has right-to-left text, worked out once a line.
  let rightToLeftStart = -1;
  let rightToLeft = false;
  for (const { match, index, line, lineStart, lineEnd } of matchesByLine(text, SUSPECT, firstLine)) {
    if (line === reportedLine) continue;
    const rightToLeftLine = () => {
      if (rightToLeftStart !== lineStart) {
        rightToLeft = RIGHT_TO_LEFT.test(text.slice(lineStart, lineEnd));
        rightToLeftStart = lineStart;
      }
      return rightToLeft;
    };
    if (allowed(text, index, match[0], rightToLeftLine)) continue;
    reportedLine = line;
    const message = `${describeCharacter(match[0])} at column ${index - lineStart + 1} ${WHY}, expected visible text (docs/authoring.md, "Invisible characters")`;
    problems.push({ line, field: "character", message });
  }
  return problems;
}

// A character written by its name or number: an HTML character reference (&#x202E;, &#8238;, &rlm;), which MDX
// decodes, or an escape (\u202E, \U0000202E, \x85), which YAML's double-quoted strings and JSON decode.
const SPELLED = /&#[xX]([0-9A-Fa-f]{1,6});|&#([0-9]{1,7});|&([A-Za-z][A-Za-z0-9]{1,31});|\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\x([0-9A-Fa-f]{2})/g;

function spelledCharacter(match: RegExpMatchArray): string {
  const [, hex, decimal, name, u4, u8, x2] = match;
  if (name !== undefined) return decodeNamedCharacterReference(name) || "";
  const digits = hex ?? u4 ?? u8 ?? x2;
  const codePoint = digits === undefined ? parseInt(decimal ?? "", 10) : parseInt(digits, 16);
  return codePoint > 0x10ffff || Number.isNaN(codePoint) ? "" : String.fromCodePoint(codePoint);
}

/**
 * Every invisible character of `text` written by its name or number rather than itself, one problem per line: a
 * reviewer reads `&#x202E;`, the page shows it reversing the text. No language needs one spelled out, so none is
 * allowed, wherever it stands (in a code sample too: write U+202E there).
 */
export function spelledCharacterProblems(text: string, firstLine = 1): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  let reportedLine = 0;
  for (const { match, index, line, lineStart } of matchesByLine(text, SPELLED, firstLine)) {
    const char = spelledCharacter(match);
    if (line === reportedLine || !ONE_SUSPECT.test(char)) continue;
    reportedLine = line;
    const message = `${match[0]} spells ${describeCharacter(char)} at column ${index - lineStart + 1}, which ${WHY}, expected visible text (docs/authoring.md, "Invisible characters")`;
    problems.push({ line, field: "character", message });
  }
  return problems;
}

/** What a reviewer could not see in `text`: its invisible characters, as they stand or spelled, by line. */
export function hiddenCharacterProblems(text: string, firstLine = 1): CharacterProblem[] {
  const found = [...invisibleCharacterProblems(text, firstLine), ...spelledCharacterProblems(text, firstLine)];
  return found.sort((a, b) => a.line - b.line);
}
