import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  authorModified,
  compareNewestFirst,
  dayOf,
  instantOf,
  isPublished,
  postsFor,
  statusOf,
  todayUtc,
  updatedDayOf,
  type Publishable,
} from "./publishing";

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

describe("dates with a time of day", () => {
  test("a date's day is the calendar date as written, whatever its zone", () => {
    assert.equal(dayOf("2026-03-10"), "2026-03-10");
    assert.equal(dayOf("2026-03-10T23:30:00-05:00"), "2026-03-10");
    assert.equal(instantOf("2026-03-10"), Date.parse("2026-03-10T00:00:00Z"));
    assert.equal(instantOf("2026-03-10T23:30:00-05:00"), Date.parse("2026-03-11T04:30:00Z"));
  });
  test("a post is published on the day written, even when that day has begun nowhere else yet", () => {
    assert.equal(statusOf(post("a", "2026-03-10T23:30:00-05:00"), today), "published");
    assert.equal(statusOf(post("a", "2026-03-11T00:01:00+14:00"), today), "scheduled");
  });
  test("within a day, timed posts newest first, then posts without a time, then by title", () => {
    const sorted = [
      post("Day only B", "2026-03-10"),
      post("Morning", "2026-03-10T08:00:00Z"),
      post("Day only A", "2026-03-10"),
      post("Evening in Paris", "2026-03-10T21:00:00+01:00"),
      post("Yesterday late", "2026-03-09T23:59:00Z"),
      post("Tomorrow", "2026-03-11"),
    ].sort(compareNewestFirst);
    assert.deepEqual(
      sorted.map((p) => p.title),
      ["Tomorrow", "Evening in Paris", "Morning", "Day only A", "Day only B", "Yesterday late"],
    );
  });
});

describe("updates", () => {
  test("readers see only the author's update, and only on a later day", () => {
    assert.equal(updatedDayOf({ date: "2017-03-21" }), undefined);
    assert.equal(updatedDayOf({ date: "2017-03-21", updated: "2017-04-02" }), "2017-04-02");
    assert.equal(updatedDayOf({ date: "2017-03-21", updated: "2017-03-21" }), undefined);
    assert.equal(updatedDayOf({ date: "2017-03-21T09:00:00Z", updated: "2017-03-21T18:00:00Z" }), undefined);
    assert.equal(updatedDayOf({ date: "2017-03-21T09:00:00Z", updated: "2017-04-02T10:00:00+02:00" }), "2017-04-02");
  });
  test("search engines are told the author's update, else the publication", () => {
    assert.equal(authorModified({ date: "2017-03-21" }), "2017-03-21");
    assert.equal(authorModified({ date: "2017-03-21", updated: "2017-04-02T10:00:00+02:00" }), "2017-04-02T10:00:00+02:00");
  });
});

test("todayUtc gives the UTC calendar day", () => {
  assert.equal(todayUtc(new Date("2026-03-10T23:30:00-05:00")), "2026-03-11");
});
