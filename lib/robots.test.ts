import assert from "node:assert/strict";
import { test } from "node:test";
import { robotsRules } from "./robots";
import { isPreview } from "./site";

const sitemaps = ["https://blog.example.com/sitemap.xml"];

test("production lets every crawler in and points to the sitemap", () => {
  assert.deepEqual(robotsRules({ preview: false, sitemaps }), {
    rules: { userAgent: "*", allow: "/" },
    sitemap: ["https://blog.example.com/sitemap.xml"],
  });
});

test("a preview deployment turns every crawler away and advertises no sitemap", () => {
  assert.deepEqual(robotsRules({ preview: true, sitemaps }), { rules: { userAgent: "*", disallow: "/" } });
});

test("only SITE_ENV=preview makes a preview", () => {
  assert.equal(isPreview("preview"), true);
  for (const env of [undefined, "", "production", "Preview"]) assert.equal(isPreview(env), false);
});
