import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { latestUpdate, SITEMAP_LIMIT, sitemapFilePath, splitSitemap } from "./sitemap-files";

describe("splitSitemap", () => {
  test("up to the limit, everything is one file", () => {
    const entries = Array.from({ length: SITEMAP_LIMIT }, (_, i) => i);
    const files = splitSitemap(entries);
    assert.equal(files.length, 1);
    assert.equal(files[0]?.length, SITEMAP_LIMIT);
  });

  test("one URL past the limit starts a second file; order is kept and nothing is lost", () => {
    const entries = Array.from({ length: SITEMAP_LIMIT * 2 + 1 }, (_, i) => i);
    const files = splitSitemap(entries);
    assert.deepEqual(
      files.map((file) => file.length),
      [SITEMAP_LIMIT, SITEMAP_LIMIT, 1],
    );
    assert.deepEqual(files.flat(), entries);
  });

  test("small limits split the same way", () => {
    assert.deepEqual(splitSitemap(["a", "b", "c", "d", "e"], 2), [["a", "b"], ["c", "d"], ["e"]]);
  });

  test("an empty journal still has its (empty) sitemap", () => {
    assert.deepEqual(splitSitemap([]), [[]]);
  });

  test("a limit that is not a positive integer is refused", () => {
    for (const limit of [0, -1, 1.5]) assert.throws(() => splitSitemap([1], limit), /not a positive integer/);
  });
});

test("the first file is /sitemap.xml, the further ones are numbered under /sitemaps/", () => {
  assert.deepEqual([0, 1, 2].map(sitemapFilePath), [
    "/sitemap.xml",
    "/sitemaps/sitemap/1.xml",
    "/sitemaps/sitemap/2.xml",
  ]);
});

test("latestUpdate is the most recent change among the posts, and undefined without posts", () => {
  const posts = [{ lastModified: "2017-03-21" }, { lastModified: "2017-09-12" }, { lastModified: "2016-11-08" }];
  assert.equal(latestUpdate(posts), "2017-09-12");
  assert.equal(latestUpdate([]), undefined);
});

test("latestUpdate compares date-times by instant, not as text", () => {
  // 10:00 in Paris is before 09:30 in UTC; a later day beats a time on the day before.
  const posts = [{ lastModified: "2024-05-01T10:00:00+02:00" }, { lastModified: "2024-05-01T09:30:00Z" }];
  assert.equal(latestUpdate(posts), "2024-05-01T09:30:00Z");
  assert.equal(latestUpdate([...posts, { lastModified: "2024-05-02" }]), "2024-05-02");
});
