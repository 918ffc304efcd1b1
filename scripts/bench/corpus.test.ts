import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMdx, plainText } from "../../lib/content/body-tree";
import { readingTime } from "../../lib/content/reading-time";
import { syntheticPosts } from "./corpus";

const spec = {
  count: 10,
  authors: ["manuel-huez", "gregoire-delpit"],
  tags: ["testing", "reliability"],
  lastDay: "2026-01-01",
};

test("is deterministic", () => {
  assert.deepEqual(syntheticPosts(spec), syntheticPosts(spec));
});

test("writes posts of about 800 words, dated before the last day, newest last", () => {
  const posts = syntheticPosts(spec);
  assert.equal(posts.length, 10);
  for (const post of posts) {
    const { words } = readingTime(plainText(parseMdx(post.source)));
    assert.ok(words >= 700 && words <= 900, `${post.slug}: ${words} words`);
  }
  assert.match(posts[0]?.source ?? "", /date: "2025-12-22"/);
  assert.match(posts[9]?.source ?? "", /date: "2025-12-31"/);
});
