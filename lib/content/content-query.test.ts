import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { compareNewestFirst, isPublished, postsFor, statusOf, todayUtc, type Publishable } from "./content-query";

const post = (title: string, date: string, draft = false): Publishable => ({ title, date, draft });
const today = "2026-03-10";

describe("statusOf", () => {
  test("a past, non-draft post is published", () => {
    assert.equal(statusOf(post("a", "2026-03-09"), today), "published");
  });
  test("a post dated today is published", () => {
    assert.equal(statusOf(post("a", today), today), "published");
  });
  test("a post dated tomorrow is scheduled", () => {
    assert.equal(statusOf(post("a", "2026-03-11"), today), "scheduled");
    assert.equal(isPublished(post("a", "2026-03-11"), today), false);
  });
  test("a draft is a draft whatever its date", () => {
    assert.equal(statusOf(post("a", "2020-01-01", true), today), "draft");
    assert.equal(statusOf(post("a", "2030-01-01", true), today), "draft");
  });
});

describe("postsFor", () => {
  const corpus = [
    post("Old", "2016-11-08"),
    post("Draft", "2017-01-01", true),
    post("Newest", "2026-03-01"),
    post("Scheduled", "2026-04-01"),
    post("Middle", "2017-05-16"),
  ];

  test("production readers see published posts only, newest first", () => {
    const titles = postsFor(corpus, { includeUnpublished: false, today }).map((p) => p.title);
    assert.deepEqual(titles, ["Newest", "Middle", "Old"]);
  });

  test("development and preview readers also see drafts and scheduled posts, in date order", () => {
    const titles = postsFor(corpus, { includeUnpublished: true, today }).map((p) => p.title);
    assert.deepEqual(titles, ["Scheduled", "Newest", "Middle", "Draft", "Old"]);
  });

  test("does not reorder its input", () => {
    const before = corpus.map((p) => p.title);
    postsFor(corpus, { includeUnpublished: true, today });
    assert.deepEqual(
      corpus.map((p) => p.title),
      before,
    );
  });
});

test("posts of the same day are ordered by title", () => {
  const sorted = [post("Beta", "2020-01-01"), post("Alpha", "2020-01-01")].sort(compareNewestFirst);
  assert.deepEqual(
    sorted.map((p) => p.title),
    ["Alpha", "Beta"],
  );
});

test("todayUtc gives the UTC calendar day", () => {
  assert.equal(todayUtc(new Date("2026-03-10T23:30:00-05:00")), "2026-03-11");
});
