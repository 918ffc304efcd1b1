import assert from "node:assert/strict";
import { test } from "node:test";
import { readingTime, WORDS_PER_MINUTE } from "./reading-time";

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

test("counts whitespace-separated words", () => {
  assert.equal(readingTime("Authorization, capture,\nclearing and   settlement.").words, 5);
});

test("rounds to the nearest half minute", () => {
  assert.equal(WORDS_PER_MINUTE, 200);
  assert.equal(readingTime(words(300)).minutes, 1.5);
  assert.equal(readingTime(words(349)).minutes, 1.5);
  assert.equal(readingTime(words(350)).minutes, 2);
  assert.equal(readingTime(words(449)).minutes, 2);
  assert.equal(readingTime(words(1600)).minutes, 8);
});

test("never shows less than half a minute", () => {
  assert.equal(readingTime("").minutes, 0.5);
  assert.equal(readingTime(words(10)).minutes, 0.5);
});
