// A build served from the build cache gives readers exactly what a build that made everything gives: two
// production builds of the real content in one folder, the first on an empty cache (every body compiled,
// every card drawn), the second from the cache alone, compared file by file, byte for byte, build ids aside.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import type { BuildProfileJson } from "./profile";

const root = path.resolve(import.meta.dirname, "../..");
// Listed in tsconfig.json's include, like every build folder (next build adds a missing one there).
const dist = ".next/cache-compare";

function build(): BuildProfileJson {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NEXT_DIST_DIR: dist, CONTENT_DIR: "content", SITE_ENV: "production", JOURNAL_CACHE: "" },
    timeout: 600_000,
  });
  assert.equal(result.status, 0, `npm run build failed:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(readFileSync(path.join(root, dist, "build-profile.json"), "utf8")) as BuildProfileJson;
}

/** Every file a reader can be served (pages, feeds, cards, the search index), build ids replaced. */
function served(): Map<string, Buffer> {
  const buildId = readFileSync(path.join(root, dist, "BUILD_ID"), "utf8").trim();
  const files = new Map<string, Buffer>();
  for (const folder of ["server/app", "static/pagefind", "static/cards"]) {
    const dir = path.join(root, dist, folder);
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || /\.(js|map|json)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const bytes = readFileSync(file);
      const text = bytes.toString("latin1");
      files.set(
        path.relative(dir, file),
        text.includes(buildId) ? Buffer.from(text.replaceAll(buildId, "BUILD_ID"), "latin1") : bytes,
      );
    }
  }
  return files;
}

const count = (profile: BuildProfileJson, key: "hits" | "misses") =>
  Object.fromEntries(profile.stores.map((use) => [use.store, use[key]]));

test("a build from the cache serves the same bytes as one that made everything", { timeout: 1_200_000 }, () => {
  rmSync(path.join(root, dist), { recursive: true, force: true });
  const made = build();
  // (A feed body made by one page worker may be found by another in the same build.)
  for (const store of ["mdx", "feed-body", "card", "check"]) {
    assert.ok((count(made, "misses")[store] ?? 0) > 0, `${store}: the first build made nothing`);
  }
  const uncached = served();
  const fromCache = build();
  for (const store of ["mdx", "feed-body", "card", "check"]) {
    assert.equal(count(fromCache, "misses")[store], 0, `${store}: the second build made entries again`);
    assert.ok((count(fromCache, "hits")[store] ?? 0) > 0, `${store}: the second build did not use the cache`);
  }
  const cached = served();
  assert.ok(uncached.size > 50, `only ${uncached.size} files were built`);
  assert.deepEqual([...cached.keys()].sort(), [...uncached.keys()].sort());
  const differing = [...uncached].filter(([file, bytes]) => !bytes.equals(cached.get(file) ?? Buffer.alloc(0)));
  assert.deepEqual(
    differing.map(([file]) => file),
    [],
  );
  rmSync(path.join(root, dist), { recursive: true, force: true });
});
