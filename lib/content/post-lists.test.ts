import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { adjacentPosts, groupByYear, postsByAuthor, postsTagged, relatedPosts, seriesParts, seriesPlace } from "./post-lists";

type Fixture = { slug: string; title: string; date: string; tags: string[]; author: { slug: string } };
const post = (slug: string, date: string, tags: string[], author = "ada"): Fixture => ({
  slug,
  title: slug,
  date,
  tags,
  author: { slug: author },
});

// Newest first, as lib/content/collection.ts hands them out.
const posts = [
  post("e", "2018-02-01", ["search", "infra"], "grace"),
  post("d", "2017-09-12", ["security", "compliance"]),
  post("c", "2017-05-16", ["search", "infra"], "grace"),
  post("b", "2017-01-24", ["search"]),
  post("a", "2016-11-08", ["payments"]),
];
const slugs = (list: readonly { slug: string }[]) => list.map((p) => p.slug);

describe("author and tag lists", () => {
  test("an author's posts, in the given order", () => {
    assert.deepEqual(slugs(postsByAuthor(posts, "grace")), ["e", "c"]);
    assert.deepEqual(slugs(postsByAuthor(posts, "ada")), ["d", "b", "a"]);
    assert.deepEqual(postsByAuthor(posts, "nobody"), []);
  });
  test("a tag's posts, in the given order", () => {
    assert.deepEqual(slugs(postsTagged(posts, "search")), ["e", "c", "b"]);
    assert.deepEqual(postsTagged(posts, "unused"), []);
  });
});

describe("adjacentPosts", () => {
  test("previous is older, next is newer", () => {
    const { previous, next } = adjacentPosts(posts, "c");
    assert.equal(previous?.slug, "b");
    assert.equal(next?.slug, "d");
  });
  test("the newest post has no next, the oldest no previous", () => {
    assert.equal(adjacentPosts(posts, "e").next, undefined);
    assert.equal(adjacentPosts(posts, "e").previous?.slug, "d");
    assert.equal(adjacentPosts(posts, "a").previous, undefined);
    assert.equal(adjacentPosts(posts, "a").next?.slug, "b");
  });
  test("an unknown post has no neighbours", () => {
    assert.deepEqual(adjacentPosts(posts, "zzz"), { previous: undefined, next: undefined });
  });
});

describe("relatedPosts", () => {
  test("ranks by shared tags, then by recency, and never lists the post itself", () => {
    const target = post("t", "2019-01-01", ["search", "infra"]);
    assert.deepEqual(slugs(relatedPosts([target, ...posts], target)), ["e", "c", "b"]);
  });
  test("more shared tags beat a newer post", () => {
    const corpus = [
      post("new", "2020-01-01", ["x"]),
      post("old", "2010-01-01", ["x", "y"]),
      post("self", "2015-01-01", ["x", "y"]),
    ];
    const self = corpus[2];
    assert.ok(self);
    assert.deepEqual(slugs(relatedPosts(corpus, self)), ["old", "new"]);
  });
  test("ties on tags and date fall back to the title, so the order is stable", () => {
    const corpus = [post("zed", "2020-01-01", ["x"]), post("alpha", "2020-01-01", ["x"])];
    assert.deepEqual(slugs(relatedPosts(corpus, post("self", "2021-01-01", ["x"]))), ["alpha", "zed"]);
  });
  test("lists at most three, and only posts sharing a tag", () => {
    const many = Array.from({ length: 6 }, (_, i) => post(`p${i}`, `2020-01-0${i + 1}`, ["x"]));
    assert.deepEqual(slugs(relatedPosts(many, post("self", "2021-01-01", ["x"]))), ["p5", "p4", "p3"]);
    assert.deepEqual(relatedPosts(posts, post("lonely", "2021-01-01", ["nothing"])), []);
    assert.deepEqual(relatedPosts(posts, post("untagged", "2021-01-01", [])), []);
  });
  test("takes a smaller limit", () => {
    const target = post("t", "2019-01-01", ["search"]);
    assert.deepEqual(slugs(relatedPosts(posts, target, 1)), ["e"]);
  });
});

describe("groupByYear", () => {
  test("groups by year, newest year first, keeping the order within a year", () => {
    assert.deepEqual(
      groupByYear(posts).map(({ year, posts: list }) => [year, slugs(list)]),
      [
        ["2018", ["e"]],
        ["2017", ["d", "c", "b"]],
        ["2016", ["a"]],
      ],
    );
  });
  test("orders years even when the posts are not", () => {
    const shuffled = [posts[4], posts[0], posts[2]].filter((p) => p !== undefined);
    assert.deepEqual(
      groupByYear(shuffled).map((group) => group.year),
      ["2018", "2017", "2016"],
    );
  });
  test("a date-time belongs to the year its author wrote, not the year in UTC", () => {
    const newYear = [post("y", "2025-01-01T00:30:00+02:00", []), post("z", "2024-12-31T23:30:00-05:00", [])];
    assert.deepEqual(
      groupByYear(newYear).map(({ year, posts: list }) => [year, slugs(list)]),
      [
        ["2025", ["y"]],
        ["2024", ["z"]],
      ],
    );
  });
  test("no posts, no years", () => {
    assert.deepEqual(groupByYear([]), []);
  });
});

describe("series", () => {
  // Newest first, as lib/content/collection.ts gives them.
  const listed = [
    { slug: "c", series: "s", title: "C" },
    { slug: "x", series: undefined, title: "X" },
    { slug: "b", series: "s", title: "B" },
    { slug: "a", series: "s", title: "A" },
    { slug: "o", series: "other", title: "O" },
  ];

  const get = (slug: string) => listed.find((post) => post.slug === slug) ?? { slug, series: undefined, title: slug };

  test("a series' parts run oldest first, and only its own", () => {
    assert.deepEqual(
      seriesParts(listed, "s").map((post) => post.slug),
      ["a", "b", "c"],
    );
  });

  test("a part knows its number among the parts shown, and the next one", () => {
    const place = seriesPlace(listed, get("b"));
    assert.equal(place?.number, 2);
    assert.equal(place?.parts.length, 3);
    assert.equal(place?.next?.slug, "c");
    assert.equal(seriesPlace(listed, get("c"))?.next, undefined);
  });

  test("M counts only what this build shows; a post outside any series has no place", () => {
    const withoutDraft = listed.filter((post) => post.slug !== "b");
    assert.deepEqual(
      [seriesPlace(withoutDraft, get("c"))?.number, seriesPlace(withoutDraft, get("c"))?.parts.length],
      [2, 2],
    );
    assert.equal(seriesPlace(listed, get("x")), undefined);
  });
});
