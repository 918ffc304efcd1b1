import assert from "node:assert/strict";
import { test } from "node:test";
import { robotsRules } from "./robots";

const sitemaps = ["https://blog.example.com/sitemap.xml"];

test("production lets every crawler in and points to the sitemap", () => {
  assert.deepEqual(robotsRules({ indexable: true, sitemaps }), {
    rules: { userAgent: "*", allow: "/" },
    sitemap: ["https://blog.example.com/sitemap.xml"],
  });
});

test("a preview deployment turns every crawler away and advertises no sitemap", () => {
  assert.deepEqual(robotsRules({ indexable: false, sitemaps }), { rules: { userAgent: "*", disallow: "/" } });
});
