import assert from "node:assert/strict";
import { test } from "node:test";
import { formatDate, formatPostCount, formatReadingTime } from "./format";

test("reading time reads like the journal's index", () => {
  assert.equal(formatReadingTime(8), "8 minutes read");
  assert.equal(formatReadingTime(1.5), "1.5 minutes read");
  assert.equal(formatReadingTime(1), "1 minute read");
});

test("dates are shown in UTC whatever the server's zone", () => {
  assert.equal(formatDate("2017-01-24"), "24 January 2017");
  assert.equal(formatDate("2016-11-08"), "8 November 2016");
});

test("a date-time is shown as the day its author wrote, whatever its zone", () => {
  // 23:30 in New York is already 2 May in UTC; the post still says 1 May.
  assert.equal(formatDate("2024-05-01T23:30:00-05:00"), "1 May 2024");
  assert.equal(formatDate("2024-05-01T00:30:00+14:00"), "1 May 2024");
});

test("post counts read naturally, including none", () => {
  assert.equal(formatPostCount(0), "No posts yet");
  assert.equal(formatPostCount(1), "1 post");
  assert.equal(formatPostCount(12), "12 posts");
});
