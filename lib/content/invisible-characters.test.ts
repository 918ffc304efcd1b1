import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { describeCharacter, invisibleCharacterProblems, spelledCharacterProblems } from "./invisible-characters";

const raw = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../test/fixtures/raw/posts", name), "utf8");
const found = (text: string) => invisibleCharacterProblems(text).map((p) => p.message.split(" at ")[0]);

describe("characters that draw nothing or reorder text are refused, naming line, column, code point and name", () => {
  test("in frontmatter, prose and code alike", () => {
    assert.deepEqual(
      invisibleCharacterProblems(raw("invisible.mdx")).map((p) => `${p.line}: ${p.message.split(" draws")[0]}`),
      [
        "2: U+200B ZERO WIDTH SPACE at column 12",
        "5: U+202E RIGHT-TO-LEFT OVERRIDE at column 54",
        "8: U+0007 BELL at column 18",
        "11: U+2066 LEFT-TO-RIGHT ISOLATE at column 12",
      ],
    );
  });

  const refused: [string, string, string][] = [
    ["bidirectional overrides and isolates", "a\u202Db\u2067c", "U+202D LEFT-TO-RIGHT OVERRIDE"],
    ["C0 and C1 controls", "a\u001Bb", "U+001B ESCAPE"],
    ["a C1 control", "a\u0085b", "U+0085 NEXT LINE"],
    ["zero-width characters", "pay\u200Bpal", "U+200B ZERO WIDTH SPACE"],
    ["a byte-order mark inside the text", "a\uFEFFb", "U+FEFF ZERO WIDTH NO-BREAK SPACE"],
    ["a word joiner", "a\u2060b", "U+2060 WORD JOINER"],
    ["a soft hyphen", "pay\u00ADpal", "U+00AD SOFT HYPHEN"],
    ["the Mongolian vowel separator", "a\u180Eb", "U+180E MONGOLIAN VOWEL SEPARATOR"],
    ["a line separator", "a\u2028b", "U+2028 LINE SEPARATOR"],
    ["a joiner between Latin letters", "pay\u200Dpal", "U+200D ZERO WIDTH JOINER"],
    ["a direction mark in a line of Latin text", "paypal\u200E.com", "U+200E LEFT-TO-RIGHT MARK"],
    ["a run of variation selectors (data hidden in them)", "a\uFE00\uFE01", "U+FE01 VARIATION SELECTOR-2"],
    ["tag characters outside a flag (hidden ASCII)", "hi\u{E0068}\u{E0069}", "U+E0068 TAG h"],
    ["a Hangul filler", "a\u3164b", "U+3164 HANGUL FILLER"],
  ];
  for (const [name, text, shown] of refused) {
    test(name, () => assert.deepEqual(found(text), [shown]));
  }

  test("one problem a line, on the line of the file", () => {
    const problems = invisibleCharacterProblems("ok\n\u200B\u200B\nok\n\u202E\n", 7);
    assert.deepEqual(
      problems.map((p) => p.line),
      [8, 10],
    );
    assert.match(problems[0]?.message ?? "", /expected visible text \(docs\/authoring\.md, "Invisible characters"\)$/);
  });
});

describe("what languages need is kept, where they need it", () => {
  test("French no-break spaces, Persian and Hindi joiners, right-to-left marks, emoji sequences, flags, ideographic variants", () => {
    assert.deepEqual(invisibleCharacterProblems(raw("languages.mdx")), []);
  });

  test("characters are named by their Unicode names", () => {
    assert.equal(describeCharacter("\u202E"), "U+202E RIGHT-TO-LEFT OVERRIDE");
    assert.equal(describeCharacter("\uFE0F"), "U+FE0F VARIATION SELECTOR-16");
    assert.equal(describeCharacter("\u{E0100}"), "U+E0100 VARIATION SELECTOR-17");
    assert.equal(describeCharacter("\u0090"), "U+0090 a control character");
  });
});

test("long lines of marks cost one reading: one problem a line, or none where the marks belong", () => {
  // Worked out again for each mark, these lines would take minutes.
  assert.equal(invisibleCharacterProblems(`a${"\u200E".repeat(80_000)}`).length, 1);
  assert.deepEqual(invisibleCharacterProblems(`שלום ${"\u200F".repeat(80_000)}`), []);
  assert.equal(invisibleCharacterProblems(`\u{1F3F4}${"\u{E0067}".repeat(80_000)}`).length, 1);
});

test("an invisible character spelled by a reference or an escape is refused, wherever it is", () => {
  const text = [
    'title: "Refund \\u202Eftp.exe guide"',
    "[&#x202E;moc.lapyap](https://evil.example/login)",
    "a &rlm; mark, a &#8203; space, a \\x85 line",
    "&amp; &copy; &#233; &#x41; &#10; \\u00e9 \\uD83D\\uDE00 are what they show",
  ].join("\n");
  assert.deepEqual(
    spelledCharacterProblems(text).map((p) => `${p.line}: ${p.message.replace(/ at column.*/, "")}`),
    [
      "1: \\u202E spells U+202E RIGHT-TO-LEFT OVERRIDE",
      "2: &#x202E; spells U+202E RIGHT-TO-LEFT OVERRIDE",
      "3: &rlm; spells U+200F RIGHT-TO-LEFT MARK",
    ],
  );
});
