import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  dateProblem,
  findDuplicates,
  findPostProblems,
  findSeriesProblems,
  isCalendarDay,
  LIMITS,
  type PostSource,
} from "./field-rules";

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

describe("dateProblem", () => {
  test("accepts a calendar day and ISO 8601 date-times with a zone", () => {
    for (const value of [
      "2024-02-29",
      "2024-05-01T09:30:00Z",
      "2024-05-01T09:30Z",
      "2024-05-01T09:30:00+02:00",
      "2024-05-01T23:59:59.999-05:00",
      "2024-05-01T00:00:00.123456789+14:00",
      "2024-05-01T12:00:00-12:00",
    ]) {
      assert.equal(dateProblem(value), undefined, value);
    }
  });
  test("names what is wrong with the others", () => {
    const cases: [string, RegExp][] = [
      ["2025-02-30", /is not a calendar day, expected YYYY-MM-DD or a date-time/],
      ["2025-02-30T10:00:00Z", /is not a calendar day/],
      ["2024-05-01T25:00:00Z", /has no such time of day/],
      ["2024-05-01T10:61:00Z", /has no such time of day/],
      ["2024-05-01T10:00:60Z", /has no such time of day/],
      ["2024-05-01T24:00Z", /has no such time of day/],
      ["2024-05-01T10:00:00+25:00", /has no such time zone offset/],
      ["2024-05-01T10:00:00+14:30", /has no such time zone offset/],
      ["2024-05-01T10:00:00-13:00", /has no such time zone offset/],
      ["2024-05-01T10:00:00+02:60", /has no such time zone offset/],
      ["2024-05-01T09:30:00", /has no time zone, expected Z \(UTC\) or an offset/],
      ["2024-05-01 09:30:00Z", /is not a date, expected/],
      ["2024-05-01T9:30Z", /is not a date/],
      ["2024-05-01Z", /is not a date/],
      ["yesterday", /is not a date/],
      ["", /is not a date/],
    ];
    for (const [value, expected] of cases) assert.match(dateProblem(value) ?? "accepted", expected, value);
  });
});

describe("updated", () => {
  const today = "2026-12-01";
  const problemsOf = (over: Partial<PostSource>) =>
    findPostProblems(post(over), tags, today).map((p) => `${p.field}: ${p.message}`);
  test("may be a day or a date-time, from the publication up to today", () => {
    assert.deepEqual(problemsOf({ date: "2024-02-29", updated: "2026-12-01" }), []);
    assert.deepEqual(problemsOf({ date: "2024-02-29T09:00:00Z", updated: "2024-02-29T09:00:00Z" }), []);
    assert.deepEqual(problemsOf({ date: "2024-02-29T09:00:00Z", updated: "2024-02-29" }), []);
  });
  test("can't be in the future", () => {
    assert.deepEqual(problemsOf({ updated: "2026-12-02" }), [
      "updated: 2026-12-02 is after today (2026-12-01), expected the day of an update already made",
    ]);
    assert.deepEqual(problemsOf({ updated: "2026-12-02T08:00:00+09:00" }).length, 1);
  });
  test("can't be before the publication, by day or, both timed, by instant", () => {
    assert.deepEqual(problemsOf({ date: "2024-03-01", updated: "2024-02-29T23:00:00Z" }), [
      "updated: 2024-02-29T23:00:00Z is before date 2024-03-01, expected the same day or later",
    ]);
    // 1 May 23:00 in New York is 2 May 04:00 UTC; 2 May 01:00 UTC is before it.
    assert.equal(problemsOf({ date: "2024-05-01T23:00:00-05:00", updated: "2024-05-02T01:00:00Z" }).length, 1);
  });
  test("is checked as a date too", () => {
    assert.deepEqual(problemsOf({ updated: "2024-03-01T10:61:00Z" }), [
      'updated: "2024-03-01T10:61:00Z" has no such time of day, expected hh:mm[:ss] from 00:00 to 23:59:59',
    ]);
  });
});

// Each post's rules, then the rules across posts: what the content check runs (lib/check/check-content.ts).
const findContentProblems = (posts: readonly PostSource[], known: readonly string[]) => [
  ...posts.flatMap((p) => findPostProblems(p, known)),
  ...findDuplicates(posts),
];

describe("the post rules and the rules across posts", () => {
  test("finds nothing wrong with a valid post", () => {
    assert.deepEqual(findContentProblems([post()], tags), []);
  });

  test("names the file and field of an impossible date", () => {
    assert.deepEqual(findContentProblems([post({ date: "2025-02-30" })], tags), [
      {
        file: "posts/a-post.mdx",
        field: "date",
        message:
          '"2025-02-30" is not a calendar day, expected YYYY-MM-DD or a date-time with its zone such as 2024-05-01T09:30:00Z or 2024-05-01T09:30+02:00',
        suggestion: undefined,
      },
    ]);
  });

  test("rejects an update earlier than the publication", () => {
    const [problem] = findContentProblems([post({ date: "2024-03-01", updated: "2024-02-01" })], tags);
    assert.equal(problem?.field, "updated");
    assert.match(problem?.message ?? "", /before date 2024-03-01/);
  });

  test("rejects duplicate slugs on the later path, naming the earlier, in whatever order the files come", () => {
    const first = post({ file: "posts/2024/a-post.mdx" });
    const second = post({ file: "posts/2025/a-post.mdx", title: "Other" });
    for (const order of [[first, second], [second, first]]) {
      const problems = findContentProblems(order, tags);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]?.file, "posts/2025/a-post.mdx");
      assert.match(problems[0]?.message ?? "", /already used by posts\/2024\/a-post\.mdx/);
    }
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

describe("findSeriesProblems", () => {
  const part = (slug: string, date: string, series?: string): PostSource => ({ ...post({ slug, date, file: `posts/${slug}.mdx` }), series });

  test("a known series with one part a day passes; posts outside series are ignored", () => {
    assert.deepEqual(
      findSeriesProblems([part("a", "2017-01-01", "pci"), part("b", "2017-02-01", "pci"), part("c", "2017-02-01")], ["pci"]),
      [],
    );
  });

  test("an unknown series is reported with the closest known one", () => {
    const [problem] = findSeriesProblems([part("a", "2017-01-01", "pci-dds")], ["pci-dss", "payments"]);
    assert.equal(problem?.field, "series");
    assert.match(problem?.message ?? "", /unknown series "pci-dds", expected one of content\/series.yml/);
    assert.equal(problem?.suggestion, "pci-dss");
  });

  test("two parts of one series on one day are an error on the later file, date-times included", () => {
    const problems = findSeriesProblems(
      [part("a", "2017-01-01", "pci"), part("b", "2017-01-01T18:00:00Z", "pci"), part("c", "2017-01-01", "other")],
      ["pci", "other"],
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.file, "posts/b.mdx");
    assert.match(problems[0]?.message ?? "", /already the part of "pci" published on 2017-01-01/);
  });

  test("which of two same-day parts is reported doesn't depend on the order the files come in", () => {
    const parts = [part("b", "2017-01-01T18:00:00Z", "pci"), part("a", "2017-01-01", "pci")];
    assert.deepEqual(
      findSeriesProblems(parts, ["pci"]).map((p) => p.file),
      ["posts/b.mdx"],
    );
  });
});
