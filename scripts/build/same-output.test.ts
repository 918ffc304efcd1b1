// A build that keeps what it can from the previous one gives readers exactly what a build that made everything
// gives. Three production builds of a copy of the real content, in one folder: the first on an empty cache; the
// second after one post's title changed, from the cache (bodies, cards and findings found again, the post pages
// and later index pages that did not read the changed post kept); the third of the same edited content with the cache off. The second
// and the third are compared file by file, byte for byte, and so are their prerender manifests' routes: a page
// kept that should have been rendered again (the post's neighbours, its series, the posts listing it as related)
// would show the old title.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { readAuthorSlugs, readTagSlugs } from "../../lib/content/content-files";
import { syntheticPosts } from "../bench/corpus";
import type { BuildProfileJson } from "./profile";

const root = path.resolve(import.meta.dirname, "../..");
// Listed in tsconfig.json's include, like every build folder (next build adds a missing one there).
const dist = ".next/cache-compare";
const contentDir = ".tmp/same-output/content";
const edited = "introduction-to-pci-dss";
const lastDay = "2026-01-15";

function build(cache: "on" | "off"): BuildProfileJson {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/build.ts"], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      NEXT_DIST_DIR: dist,
      CONTENT_DIR: contentDir,
      SITE_ENV: "production",
      JOURNAL_CACHE: cache === "on" ? "" : "off",
    },
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

const routes = () =>
  (JSON.parse(readFileSync(path.join(root, dist, "prerender-manifest.json"), "utf8")) as { routes: unknown }).routes;

const count = (profile: BuildProfileJson, key: "hits" | "misses") =>
  Object.fromEntries(profile.stores.map((use) => [use.store, use[key]]));

test("a build from the cache serves the same bytes as one that made everything", { timeout: 1_800_000 }, () => {
  rmSync(path.join(root, dist), { recursive: true, force: true });
  rmSync(path.join(root, contentDir), { recursive: true, force: true });
  mkdirSync(path.dirname(path.join(root, contentDir)), { recursive: true });
  cpSync(path.join(root, "content"), path.join(root, contentDir), { recursive: true });
  // Newer posts beside the real ones, so the index runs to later pages (/page/2, /page/3) that can be kept too.
  const dir = path.join(root, contentDir);
  for (const post of syntheticPosts({ count: 15, authors: readAuthorSlugs(dir), tags: readTagSlugs(dir), lastDay })) {
    writeFileSync(path.join(dir, "posts", `${post.slug}.mdx`), post.source);
  }

  const first = build("on");
  for (const store of ["mdx", "feed-body", "card", "check"]) {
    assert.ok((count(first, "misses")[store] ?? 0) > 0, `${store}: the first build made nothing`);
  }
  assert.deepEqual(first.pages?.kept, [], "the first build had nothing to keep");

  // A post with images of its own is a folder (posts/<slug>/index.mdx).
  const file = [`${edited}.mdx`, `${edited}/index.mdx`]
    .map((name) => path.join(root, contentDir, "posts", name))
    .find((candidate) => existsSync(candidate));
  assert.ok(file, `no post ${edited} in ${contentDir}`);
  const source = readFileSync(file, "utf8");
  const retitled = source.replace(/^title: "(.*)"$/m, 'title: "$1, revisited"');
  assert.notEqual(retitled, source, `${edited}.mdx has no title line to edit`);
  writeFileSync(file, retitled);

  const second = build("on");
  // (A feed body made by one page worker may be found by another in the same build.)
  for (const store of ["mdx", "card", "check"]) {
    assert.ok((count(second, "hits")[store] ?? 0) > 0, `${store}: the second build did not use the cache`);
  }
  const kept = second.pages?.kept ?? [];
  assert.ok(
    kept.some((page) => page.startsWith("/posts/")),
    "the second build kept no post page",
  );
  assert.ok(
    kept.some((page) => page.startsWith("/page/")),
    "the second build kept no later index page",
  );
  assert.ok(!kept.includes(`/posts/${edited}`), "the edited post's page was kept");
  const fromCache = served();
  const fromCacheRoutes = routes();

  const third = build("off");
  assert.equal(third.pages, undefined);
  const made = served();
  assert.ok(made.size > 50, `only ${made.size} files were built`);
  assert.ok(
    [...made.keys()].some((name) => name.endsWith(".html") && made.get(name)?.includes(", revisited")),
    "the edit is not in the pages",
  );
  assert.deepEqual([...fromCache.keys()].sort(), [...made.keys()].sort());
  const differing = [...made].filter(([name, bytes]) => !bytes.equals(fromCache.get(name) ?? Buffer.alloc(0)));
  assert.deepEqual(
    differing.map(([name]) => name),
    [],
  );
  assert.deepEqual(fromCacheRoutes, routes());
  rmSync(path.join(root, dist), { recursive: true, force: true });
  rmSync(path.join(root, contentDir), { recursive: true, force: true });
});
