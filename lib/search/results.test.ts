import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { excerptParts, isPagefindModule, resultsMessage, toSearchHit } from "./results";

describe("excerptParts", () => {
  test("splits the excerpt into plain and marked runs", () => {
    assert.deepEqual(excerptParts("the <mark>interchange</mark> fee and <mark>Interchange</mark>"), [
      { text: "the ", mark: false },
      { text: "interchange", mark: true },
      { text: " fee and ", mark: false },
      { text: "Interchange", mark: true },
    ]);
  });
  test("decodes escaped text instead of injecting it", () => {
    assert.deepEqual(excerptParts("if a &lt; b &amp;&amp; <mark>c</mark> &#39;x&#x27; &quot;y&quot;"), [
      { text: "if a < b && ", mark: false },
      { text: "c", mark: true },
      { text: " 'x' \"y\"", mark: false },
    ]);
  });
  test("drops any other tag and keeps unknown entities as written", () => {
    assert.deepEqual(excerptParts("<b>bold</b> &unknown; <script>x</script>"), [
      { text: "bold &unknown; x", mark: false },
    ]);
  });
  test("an empty excerpt has no runs", () => {
    assert.deepEqual(excerptParts(""), []);
  });
});

describe("toSearchHit", () => {
  test("maps Pagefind's result data", () => {
    assert.deepEqual(
      toSearchHit({ url: "/posts/x", meta: { title: " X " }, excerpt: "a <mark>b</mark>", content: "…" }),
      {
        url: "/posts/x",
        title: "X",
        excerpt: [
          { text: "a ", mark: false },
          { text: "b", mark: true },
        ],
      },
    );
  });
  test("falls back to the URL for a missing title and tolerates a missing excerpt", () => {
    assert.deepEqual(toSearchHit({ url: "/posts/y", meta: {} }), { url: "/posts/y", title: "/posts/y", excerpt: [] });
  });
  test("rejects data without a URL", () => {
    for (const data of [undefined, null, "x", {}, { url: "" }, { url: 3 }]) assert.equal(toSearchHit(data), undefined);
  });
});

test("isPagefindModule accepts the browser API and nothing else", () => {
  const api = { options: async () => {}, debouncedSearch: async () => null };
  assert.equal(isPagefindModule(api), true);
  assert.equal(isPagefindModule({ options: api.options }), false);
  assert.equal(isPagefindModule(undefined), false);
});

test("resultsMessage counts what matched and what is shown", () => {
  assert.equal(resultsMessage("zzz", 0, 0), "No posts match “zzz”.");
  assert.equal(resultsMessage("pci", 1, 1), "1 post matches “pci”.");
  assert.equal(resultsMessage("card", 3, 3), "3 posts match “card”.");
  assert.equal(resultsMessage("card", 9, 6), "9 posts match “card”; showing the first 6.");
});
