import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findContentProblems, isCalendarDay, LIMITS, type PostSource } from "./content-rules";

const tags = ["testing", "payments-101"];
const post = (over: Partial<PostSource> & { file?: string } = {}): PostSource => ({
  _raw: { sourceFilePath: over.file ?? "posts/a-post.mdx" },
  slug: "a-post",
  title: "A post",
  summary: "A summary that is long enough to tell a reader what the post is about.",
  date: "2024-02-29",
  tags: ["testing"],
  ...over,
});

describe("isCalendarDay", () => {
  test("accepts real days, leap days included", () => {
    assert.ok(isCalendarDay("2024-02-29"));
    assert.ok(isCalendarDay("2017-12-31"));
  });
  test("rejects impossible and malformed days", () => {
    for (const value of [
      "2025-02-30",
      "2023-02-29",
      "2025-13-01",
      "2025-00-10",
      "2025-1-5",
      "yesterday",
      "2025-02-03T10:00:00Z",
      "",
    ]) {
      assert.equal(isCalendarDay(value), false, value);
    }
  });
});

describe("findContentProblems", () => {
  test("finds nothing wrong with a valid post", () => {
    assert.deepEqual(findContentProblems([post()], tags), []);
  });

  test("names the file and field of an impossible date", () => {
    assert.deepEqual(findContentProblems([post({ date: "2025-02-30" })], tags), [
      {
        file: "posts/a-post.mdx",
        field: "date",
        message: '"2025-02-30" is not a calendar day, expected YYYY-MM-DD',
        suggestion: undefined,
      },
    ]);
  });

  test("rejects an update earlier than the publication", () => {
    const [problem] = findContentProblems([post({ date: "2024-03-01", updated: "2024-02-01" })], tags);
    assert.equal(problem?.field, "updated");
    assert.match(problem?.message ?? "", /before date 2024-03-01/);
  });

  test("rejects duplicate slugs, naming the first file", () => {
    const problems = findContentProblems(
      [post({ file: "posts/2024/a-post.mdx" }), post({ file: "posts/2025/a-post.mdx", title: "Other" })],
      tags,
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, "posts/2025/a-post.mdx");
    assert.match(problems[0]?.message ?? "", /already used by posts\/2024\/a-post\.mdx/);
  });

  test("rejects duplicate titles, whatever their case", () => {
    const problems = findContentProblems([post(), post({ slug: "b-post", title: "a POST" })], tags);
    assert.deepEqual(
      problems.map((p) => p.field),
      ["title"],
    );
  });

  test("rejects file names that are not slugs", () => {
    const problems = findContentProblems([post({ slug: "My_Post" })], tags);
    assert.equal(problems[0]?.field, "file name");
  });

  test("rejects unknown tags and suggests the closest one", () => {
    const [problem] = findContentProblems([post({ tags: ["testng"] })], tags);
    assert.equal(problem?.field, "tags");
    assert.equal(problem?.suggestion, "testing");
  });

  test("rejects empty and over-long titles and summaries", () => {
    const long = "x".repeat(LIMITS.summary.max + 1);
    const problems = findContentProblems([post({ title: "", summary: long })], tags);
    assert.deepEqual(
      problems.map((p) => `${p.field}: ${p.message}`),
      [
        `title: is empty, expected at least ${LIMITS.title.min}`,
        `summary: is ${long.length} characters, expected at most ${LIMITS.summary.max}`,
      ],
    );
  });

  test("reports every problem in one run", () => {
    // Two bad slugs, one bad date, one duplicate slug, one duplicate title.
    assert.equal(
      findContentProblems([post({ slug: "Bad", date: "2025-13-01" }), post({ slug: "Bad" })], tags).length,
      5,
    );
  });
});
