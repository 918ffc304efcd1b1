// The build cache: a changed post, author, tag, component or dependency invalidates exactly what depends on it,
// and a hit gives back what was made.
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, afterEach, describe, test } from "node:test";
import { checkContent } from "../check/check-content";
import { compilePost } from "../render/mdx-compile";
import { postCard } from "../publish/card-address";
import { drawSocialCard, isCardDrawn } from "../publish/social-card";
import { importClosure } from "./code-version";
import { cacheConfig, pruneCache } from "./maintain";
import { CACHE_ENV, profileDirOf, STORES, type CacheConfig, type StoreName } from "./store";

const root = path.resolve(import.meta.dirname, "../..");
mkdirSync(path.join(root, ".tmp"), { recursive: true });
const workspace = mkdtempSync(path.join(root, ".tmp/cache-test-"));
after(() => {
  rmSync(workspace, { recursive: true, force: true });
  delete process.env[CACHE_ENV];
});

const authorOf = (content: string) => (readdirSync(path.join(content, "authors"))[0] ?? "").replace(/\.yml$/, "");

const closure = (store: StoreName) => importClosure(root, STORES[store]);

describe("each store's version covers the code that makes it, and only that", () => {
  test("compiled bodies depend on the compiler and the content rules, not on any component", () => {
    const files = closure("mdx");
    for (const file of ["lib/render/mdx-compile.ts", "lib/content/body-tree.ts", "lib/content/body-rules.ts"]) {
      assert.ok(files.includes(file), `${file} is missing from ${files.join(", ")}`);
    }
    assert.deepEqual(
      files.filter((file) => file.startsWith("components/")),
      [],
    );
  });

  test("feed bodies depend on the feed's components and the compiler, not on the page's components", () => {
    const files = closure("feed-body");
    for (const file of ["components/mdx/feed.tsx", "lib/render/mdx-compile.ts", "lib/publish/feed-html.ts"]) {
      assert.ok(files.includes(file), `${file} is missing`);
    }
    assert.ok(!files.includes("components/mdx/index.tsx"));
    assert.ok(!files.includes("lib/render/mdx.tsx"));
  });

  test("cards depend on what draws them and the site's name, not on bodies", () => {
    const files = closure("card");
    assert.ok(files.includes("lib/publish/social-card.tsx") && files.includes("lib/site.ts"));
    assert.ok(!files.some((file) => file.includes("mdx")), files.join(", "));
  });

  test("an edit changes the version of exactly the stores whose code it touches; a dependency, all of them", () => {
    // A copy of the files every closure reads, to edit freely.
    const copy = path.join(workspace, "project");
    const files = new Set([
      ...Object.keys(STORES).flatMap((store) => closure(store as StoreName)),
      "package-lock.json",
    ]);
    for (const file of [...files, "components/mdx/callout.tsx", "package.json"]) {
      mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
      cpSync(path.join(root, file), path.join(copy, file));
    }
    const versions = () => cacheConfig(copy, path.join(copy, "cache")).versions;
    const changedBy = (file: string) => {
      const before = versions();
      writeFileSync(path.join(copy, file), `${readFileSync(path.join(copy, file), "utf8")}\n// edited\n`);
      const now = versions();
      return Object.keys(before)
        .filter((store) => before[store as StoreName] !== now[store as StoreName])
        .sort();
    };
    // A page component: no cached body, card or finding is stale (the pages are always rendered).
    assert.deepEqual(changedBy("components/mdx/callout.tsx"), []);
    assert.deepEqual(changedBy("components/mdx/feed.tsx"), ["feed-body"]);
    assert.deepEqual(changedBy("lib/publish/social-card.tsx"), ["card"]);
    assert.deepEqual(changedBy("lib/render/mdx-compile.ts"), ["feed-body", "mdx", "words"]);
    assert.deepEqual(changedBy("lib/content/reading-time.ts"), ["feed-body", "mdx", "words"]);
    assert.deepEqual(changedBy("package-lock.json"), Object.keys(STORES).sort());
    // Without a lockfile (a scratch copy of the project), package.json's pinned versions stand in for it.
    const locked = versions();
    rmSync(path.join(copy, "package-lock.json"));
    assert.notDeepEqual(versions(), locked);
    assert.deepEqual(changedBy("package.json"), Object.keys(STORES).sort());
  });
});

/** Turns the cache on, in a fresh folder, for the calls that follow; returns what was hit and what was made. */
function useCache(name: string, versions: CacheConfig["versions"]) {
  const config: CacheConfig = { dir: path.join(workspace, name), versions };
  process.env[CACHE_ENV] = JSON.stringify(config);
  const notes = () => {
    const dir = profileDirOf(config.dir);
    if (!existsSync(dir)) return [];
    const lines = readdirSync(dir).flatMap((file) => readFileSync(path.join(dir, file), "utf8").trim().split("\n"));
    rmSync(dir, { recursive: true });
    return lines.map((line) => (JSON.parse(line) as { hit: boolean }).hit);
  };
  return { config, notes };
}

describe("entries are keyed by what they are made of", () => {
  afterEach(() => delete process.env[CACHE_ENV]);

  const post = (title: string, author: string) => ({
    title,
    readingTime: 4,
    date: "2024-05-01",
    author: { name: author },
  });

  test("an edited post compiles again; the others are served as they were made", async () => {
    const { notes } = useCache("bodies", { mdx: "v1" });
    const first = await compilePost("## One\n\nText.");
    await compilePost("## Two\n\nText.");
    assert.deepEqual(notes(), [false, false]);
    assert.deepEqual(await compilePost("## One\n\nText."), first);
    await compilePost("## Two\n\nText, edited.");
    assert.deepEqual(notes(), [true, false]);
  });

  test("a new version of the store's code misses every entry made by the old one", async () => {
    useCache("versions", { mdx: "v1" }).notes();
    await compilePost("Same text.");
    const { notes } = useCache("versions", { mdx: "v2" });
    notes();
    await compilePost("Same text.");
    assert.deepEqual(notes(), [false]);
  });

  test("renaming an author draws again the cards of their posts only; a tag is not drawn, so it draws none", async () => {
    const { notes } = useCache("cards", { card: "v1" });
    assert.equal(isCardDrawn(postCard(post("Ledgers", "Ada"))), false);
    const ada = await drawSocialCard(postCard(post("Ledgers", "Ada")));
    // The card step copies what the store holds and draws (in as many processes as it takes) only the rest.
    assert.equal(isCardDrawn(postCard(post("Ledgers", "Ada"))), true);
    assert.equal(isCardDrawn(postCard(post("Ledgers", "Ada Lovelace"))), false);
    await drawSocialCard(postCard(post("Retries", "Grace")));
    assert.deepEqual(notes(), [false, false]);
    // The same post with other tags (or in another series) draws the same card.
    const again = await drawSocialCard(
      postCard({ ...post("Ledgers", "Ada"), tags: ["payments"] } as ReturnType<typeof post>),
    );
    assert.deepEqual(again, ada);
    assert.deepEqual([...again.subarray(1, 4)], [...Buffer.from("PNG")]);
    await drawSocialCard(postCard(post("Ledgers", "Ada Lovelace")));
    await drawSocialCard(postCard(post("Retries", "Grace")));
    assert.deepEqual(notes(), [true, false, true]);
  });

  test("the check compiles again only the post that changed, and finds the same problems from its entries", async () => {
    const content = path.join(workspace, "check-content");
    cpSync(path.join(root, "test/fixtures/base"), content, { recursive: true });
    mkdirSync(path.join(content, "posts"));
    for (const [name, text] of Object.entries({ one: "## A\n\nSee [two](/posts/two#b).", two: "## B\n\nText." })) {
      writeFileSync(
        path.join(content, "posts", `${name}.mdx`),
        `---\ntitle: ${name}\ndate: "2024-01-0${name === "one" ? 1 : 2}"\nauthor: authors/${authorOf(content)}.yml\nsummary: S.\n---\n\n${text}\n`,
      );
    }
    const { notes } = useCache("check", { mdx: "v1" });
    const check = () =>
      checkContent({ contentDir: content, publicDir: path.join(root, "public"), today: "2025-01-01" });
    const uncached = await check();
    assert.deepEqual(notes(), [false, false]);
    assert.deepEqual(await check(), uncached);
    assert.deepEqual(notes(), [true, true]);
    // Two's heading is renamed: two is read again, and one's link to it (a cross-post rule) now fails.
    writeFileSync(
      path.join(content, "posts/two.mdx"),
      readFileSync(path.join(content, "posts/two.mdx"), "utf8").replace("## B", "## C"),
    );
    const after = await check();
    assert.deepEqual(notes().sort(), [false, true]);
    assert.ok(
      after.some((p) => p.file.endsWith("one.mdx") && /#b/.test(p.message)),
      JSON.stringify(after),
    );
  });

  test("a store without a version in this build keeps nothing", async () => {
    const { config, notes } = useCache("off", { card: "v1" });
    await compilePost("Not kept.");
    await compilePost("Not kept.");
    assert.deepEqual(notes(), [false, false]);
    assert.equal(existsSync(path.join(config.dir, "mdx")), false);
  });

  test("pruning keeps what this build used and removes the rest", async () => {
    const { config } = useCache("prune", { mdx: "v1" });
    await compilePost("Old text.");
    const since = Date.now() + 5;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await compilePost("New text.");
    mkdirSync(path.join(config.dir, "stray"), { recursive: true });
    const use = pruneCache(config, since);
    assert.deepEqual({ files: use.files, removed: use.removed }, { files: 1, removed: 1 });
    assert.equal(existsSync(path.join(config.dir, "stray")), false);
    delete process.env[CACHE_ENV];
  });
});
