import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import {
  contentSecurityPolicy,
  headersFile,
  immutableCache,
  mediaSecurityPolicy,
  nextHeaders,
  nginxConfig,
  securityHeaders,
  serveConfig,
  shortLivedCache,
  vercelConfig,
} from "./http-headers.mjs";

const directives = new Map(
  contentSecurityPolicy.split("; ").map((directive) => {
    const [name = "", ...values] = directive.split(" ");
    return [name, values];
  }),
);

describe("the Content-Security-Policy", () => {
  test("has the strict baseline", () => {
    assert.deepEqual(directives.get("default-src"), ["'self'"]);
    assert.deepEqual(directives.get("object-src"), ["'none'"]);
    assert.deepEqual(directives.get("base-uri"), ["'self'"]);
    assert.deepEqual(directives.get("frame-ancestors"), ["'none'"]);
    assert.deepEqual(directives.get("form-action"), ["'self'"]);
  });
  test("allows WebAssembly for search, never eval of JavaScript, and no other origin", () => {
    assert.ok(directives.get("script-src")?.includes("'wasm-unsafe-eval'"));
    assert.doesNotMatch(contentSecurityPolicy, /'unsafe-eval'|https?:|\*/);
  });
});

test("only a deployment that may not be indexed sends X-Robots-Tag", () => {
  const names = (indexable: boolean) => securityHeaders({ indexable }).map((header) => header.key);
  assert.ok(!names(true).includes("X-Robots-Tag"));
  assert.ok(names(false).includes("X-Robots-Tag"));
  for (const name of [
    "Content-Security-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cross-Origin-Opener-Policy",
  ]) {
    assert.ok(names(true).includes(name), name);
  }
});

/** Reads a _headers file as Cloudflare Pages does: every matching block applies, "! Name" detaches. */
function headersFor(file: string, path: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const block of file.trim().split("\n\n")) {
    const [pattern = "", ...lines] = block.split("\n");
    const regExp = new RegExp(
      `^${pattern
        .split("*")
        .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, "\\$&"))
        .join(".*")}$`,
    );
    if (!regExp.test(path)) continue;
    for (const line of lines.map((text) => text.trim())) {
      if (line.startsWith("! ")) result.delete(line.slice(2));
      else {
        const [name = "", value = ""] = line.split(/: (.*)/s);
        result.set(name, [...(result.get(name) ?? []), value]);
      }
    }
  }
  return result;
}

describe("_headers (Cloudflare Pages, Netlify)", () => {
  const file = headersFile({ basePath: "/previews/b", indexable: false });
  test("pages: the security headers, noindex and a short-lived cache, under the base path", () => {
    const page = headersFor(file, "/previews/b/posts/x");
    assert.deepEqual(page.get("Cache-Control"), [shortLivedCache]);
    assert.deepEqual(page.get("X-Robots-Tag"), ["noindex, nofollow"]);
    assert.deepEqual(page.get("Content-Security-Policy"), [contentSecurityPolicy]);
  });
  test("hashed assets: one Cache-Control, immutable, and the security headers", () => {
    const asset = headersFor(file, "/previews/b/_next/static/chunks/a1b2.js");
    assert.deepEqual(asset.get("Cache-Control"), [immutableCache]);
    assert.deepEqual(asset.get("X-Content-Type-Options"), ["nosniff"]);
  });
  test("social cards are hashed files: kept for good", () => {
    assert.deepEqual(headersFor(file, "/previews/b/_next/static/cards/0123abcd.png").get("Cache-Control"), [
      immutableCache,
    ]);
  });
  test("the posts' images are hashed files, and a policy keeps an SVG opened alone from running anything", () => {
    const image = headersFor(file, "/previews/b/_media/0123abcd-720.avif");
    assert.deepEqual(image.get("Cache-Control"), [immutableCache]);
    assert.deepEqual(image.get("Content-Security-Policy"), [mediaSecurityPolicy]);
    assert.match(mediaSecurityPolicy, /default-src 'none'.*sandbox/);
    assert.deepEqual(image.get("X-Content-Type-Options"), ["nosniff"]);
  });
  test("nothing outside the base path", () => {
    assert.equal(headersFor(file, "/other/page").size, 0);
  });
});

test("vercel.json: the last matching rule wins, so hashed assets end immutable", () => {
  const config = vercelConfig({ basePath: "", indexable: true });
  const matching = (path: string) =>
    config.headers.filter((rule) => new RegExp(`^${rule.source.replaceAll("(.*)", ".*")}$`).test(path));
  const cacheOf = (path: string) =>
    matching(path)
      .flatMap((rule) => rule.headers)
      .filter((header) => header.key === "Cache-Control")
      .at(-1)?.value;
  assert.equal(cacheOf("/posts/x"), shortLivedCache);
  assert.equal(cacheOf("/_next/static/media/font.woff2"), immutableCache);
  assert.equal(config.cleanUrls, true);
});

test("next.config.mjs: the same headers, for every path, without what Next sets itself", () => {
  const rules = nextHeaders({ indexable: true });
  assert.deepEqual(
    rules.map((rule) => rule.source),
    ["/:path*", "/_next/static/:path*", "/_media/:path*"],
  );
  assert.ok(rules.every((rule) => rule.headers.every((header) => header.key !== "Content-Type")));
});

test("the end-to-end tests' static server: every file gets the headers", () => {
  const config = serveConfig({ indexable: false });
  assert.deepEqual(
    config.headers.map((rule) => rule.source),
    ["**/*", "**/_next/static/**/*", "**/_media/**/*", "**/_media/**/*.avif"],
  );
  assert.equal(config.directoryListing, false);
});

test("docs/deployment.md holds the nginx configuration as generated", () => {
  const docs = readFileSync(new URL("../../docs/deployment.md", import.meta.url), "utf8");
  const generated = nginxConfig({ basePath: "", indexable: true, root: "/srv/flight-journal/out" });
  assert.ok(
    docs.includes(generated),
    "docs/deployment.md is out of date: paste the output of `npm run --silent headers -- nginx` into its nginx block",
  );
});
