import assert from "node:assert/strict";
import { test } from "node:test";
import { blogPosting, breadcrumbList, jsonForScript } from "./structured-data";

const post = {
  title: "Automatons for integrity",
  summary: "FSMs check on you.",
  url: "/posts/automatons-for-integrity",
  date: "2017-03-21",
  readingTime: 6,
  updated: "2017-04-02",
  tags: ["testing", "reliability"],
  author: { name: "Guillaume Merindol", role: "Software Engineer", slug: "guillaume-merindol" },
};

test("a BlogPosting names its author as a Person, with absolute URLs and both dates", () => {
  const data = blogPosting(post);
  assert.equal(data["@type"], "BlogPosting");
  assert.equal(data.author["@type"], "Person");
  assert.equal(data.author.name, "Guillaume Merindol");
  assert.match(data.url, /^https?:\/\/[^/]+\/posts\/automatons-for-integrity$/);
  assert.equal(data.datePublished, "2017-03-21");
  assert.equal(data.dateModified, "2017-04-02");
  assert.equal(data.keywords, "testing, reliability");
});

test("dateModified is the author's update, else the publication; a date-time is kept whole", () => {
  assert.equal(blogPosting({ ...post, updated: undefined }).dateModified, "2017-03-21");
  const timed = blogPosting({ ...post, date: "2017-03-21T09:30:00+01:00", updated: undefined });
  assert.equal(timed.datePublished, "2017-03-21T09:30:00+01:00");
  assert.equal(timed.dateModified, "2017-03-21T09:30:00+01:00");
});

test("a breadcrumb list numbers its items from 1 with absolute URLs", () => {
  const data = breadcrumbList([
    { name: "Flight journal", path: "/" },
    { name: "Automatons", path: "/posts/automatons-for-integrity" },
  ]);
  assert.deepEqual(
    data.itemListElement.map((item) => [item.position, item.name]),
    [
      [1, "Flight journal"],
      [2, "Automatons"],
    ],
  );
  assert.match(data.itemListElement[1]?.item ?? "", /^https?:\/\/.+\/posts\/automatons-for-integrity$/);
});

test("script JSON cannot be closed by content", () => {
  const json = jsonForScript({ title: "</script><script>alert(1)</script>" });
  assert.equal(json.includes("</script>"), false);
  assert.deepEqual(JSON.parse(json), { title: "</script><script>alert(1)</script>" });
});
