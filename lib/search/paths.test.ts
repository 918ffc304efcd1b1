import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { pagefindVersion, routeOfPrerenderedPage, searchBundleUrl } from "./paths";

describe("searchBundleUrl", () => {
  test("lives under /_next/static in a folder named after the Pagefind version", () => {
    assert.equal(searchBundleUrl(""), `/_next/static/pagefind/${pagefindVersion}/`);
  });
  test("follows the base path", () => {
    assert.equal(searchBundleUrl("/blog"), `/blog/_next/static/pagefind/${pagefindVersion}/`);
  });
});

test("the bundle folder's version is the pinned Pagefind version", () => {
  const manifest: unknown = JSON.parse(readFileSync("package.json", "utf8"));
  const pinned =
    typeof manifest === "object" && manifest !== null && "dependencies" in manifest
      ? JSON.stringify(manifest.dependencies)
      : "";
  assert.match(pinned, new RegExp(`"pagefind":"${pagefindVersion.replaceAll(".", "\\.")}"`));
});

describe("routeOfPrerenderedPage", () => {
  test("maps prerendered pages to their routes", () => {
    assert.equal(routeOfPrerenderedPage("index.html"), "/");
    assert.equal(routeOfPrerenderedPage("posts/the-payment-crew.html"), "/posts/the-payment-crew");
    assert.equal(routeOfPrerenderedPage("tags.html"), "/tags");
    assert.equal(routeOfPrerenderedPage("posts\\x.html"), "/posts/x");
  });
  test("skips Next's own pages and everything that is not HTML", () => {
    for (const file of [
      "_not-found.html",
      "_global-error.html",
      "posts/x.rsc",
      "posts/x.meta",
      "posts/x.segments/_tree.segment.rsc",
      "posts/.hidden.html",
      "icon.svg",
    ]) {
      assert.equal(routeOfPrerenderedPage(file), undefined, file);
    }
  });
});
