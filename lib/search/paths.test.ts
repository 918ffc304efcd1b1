import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { pagefindVersion, searchBundleUrl } from "./paths";

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
