// Which post pages a build keeps from the previous one: only those whose every content read gives the same
// result on the new content, under the same page version; and the page files go back exactly as they were stored.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { hashOf, readRecorder, readsDirOf, type Read } from "./page-reads";
import { decisionFileOf, decisionsDirOf, indexFileOf, keptPages, pageFilesOf, type PageIndex } from "./page-reuse";
import { pageFileNames, readNotes, settlePages } from "./page-files";
import { treeVersion } from "./code-version";

type Post = { slug: string; title: string; author: { name: string }; tags: string[]; body: string };
type Tag = { slug: string; title: string };
type Content = { posts: Post[]; tags: Tag[] };

/** A small content module like lib/content/content.ts: queries over posts kept in order, posts named by slug. */
function contentModule(content: Content) {
  const bySlug = new Map(content.posts.map((post) => [post.slug, post]));
  const slugOf = new Map<object, string>(content.posts.map((post) => [post, post.slug]));
  const recorder = readRecorder({
    refOf: (value) => (slugOf.has(value) ? `post:${slugOf.get(value)}` : undefined),
    resolve: (ref) => bySlug.get(ref.replace(/^post:/, "")),
  });
  const getPost = recorder.query("getPost", (slug: string) => bySlug.get(slug));
  const getAdjacentPosts = recorder.query("getAdjacentPosts", (post: Post) => {
    const at = content.posts.indexOf(post);
    return { previous: content.posts[at - 1], next: content.posts[at + 1] };
  });
  const getTagsOf = recorder.query("getTagsOf", (post: Post) =>
    post.tags.map((slug) => content.tags.find((tag) => tag.slug === slug)),
  );
  /** The reads a post page makes, as the page store notes them. */
  const pageReads = (slug: string): Read[] => {
    const post = bySlug.get(slug);
    assert.ok(post);
    return [
      { query: "getPost", args: [slug], hash: hashOf(getPost(slug)) },
      { query: "getAdjacentPosts", args: [{ ref: `post:${slug}` }], hash: hashOf(getAdjacentPosts(post)) },
      { query: "getTagsOf", args: [{ ref: `post:${slug}` }], hash: hashOf(getTagsOf(post)) },
    ];
  };
  return { replay: recorder.replay, pageReads };
}

const tags: Tag[] = [
  { slug: "security", title: "Security" },
  { slug: "search", title: "Search" },
];
const post = (slug: string, tag: string, author = "Ada"): Post => ({
  slug,
  title: `Title of ${slug}`,
  author: { name: author },
  tags: [tag],
  body: `Body of ${slug}`,
});
const journal = (): Content => ({
  posts: [
    post("a", "security"),
    post("b", "search"),
    post("c", "search", "Grace"),
    post("d", "security"),
    post("e", "search"),
  ],
  tags: tags.map((tag) => ({ ...tag })),
});
const pages = ["a", "b", "c", "d", "e"].map((slug) => `/posts/${slug}`);

/** The index the first build leaves, and the pages a second build on `edit(content)` keeps. */
function keptAfter(
  edit: (content: Content) => void,
  options: { version?: string; hasFiles?: (page: string) => boolean } = {},
) {
  const before = contentModule(journal());
  const index: PageIndex = {
    version: "v1",
    pages: Object.fromEntries(pages.map((page) => [page, { reads: before.pageReads(page.slice(7)), route: {} }])),
  };
  const content = journal();
  edit(content);
  const after = contentModule(content);
  return keptPages(pages, index, options.version ?? "v1", after.replay, options.hasFiles ?? (() => true));
}

describe("hashOf", () => {
  test("is the same for the same data and differs when any nested value does", () => {
    assert.equal(hashOf({ a: [1, { b: "x" }] }), hashOf({ a: [1, { b: "x" }] }));
    assert.notEqual(hashOf({ a: [1, { b: "x" }] }), hashOf({ a: [1, { b: "y" }] }));
    assert.notEqual(hashOf([1, 2]), hashOf([2, 1]));
    assert.notEqual(hashOf({ a: undefined }), hashOf({}));
    assert.notEqual(hashOf("1"), hashOf(1));
    assert.notEqual(hashOf(null), hashOf(undefined));
  });
});

describe("keptPages", () => {
  test("with nothing changed, every page is kept", () => {
    assert.deepEqual(
      keptAfter(() => {}),
      pages,
    );
  });

  test("a changed post renders its own page and its neighbours' again, and only those", () => {
    assert.deepEqual(
      keptAfter((content) => {
        content.posts[3]!.body = "A new body";
      }),
      ["/posts/a", "/posts/b"],
    );
    assert.deepEqual(
      keptAfter((content) => {
        content.posts[0]!.title = "A new title";
      }),
      ["/posts/c", "/posts/d", "/posts/e"],
    );
  });

  test("a changed author renders the pages that show one of their posts", () => {
    assert.deepEqual(
      keptAfter((content) => {
        content.posts[2]!.author.name = "Grace Hopper";
      }),
      ["/posts/a", "/posts/e"],
    );
  });

  test("a changed tag renders the pages of the posts that carry it", () => {
    assert.deepEqual(
      keptAfter((content) => {
        content.tags[0]!.title = "Safety";
      }),
      ["/posts/b", "/posts/c", "/posts/e"],
    );
  });

  test("a post added or removed renders the pages whose neighbours it changes", () => {
    assert.deepEqual(
      keptAfter((content) => {
        content.posts.splice(2, 0, post("new", "search"));
      }),
      ["/posts/a", "/posts/d", "/posts/e"],
    );
    assert.deepEqual(
      keptAfter((content) => {
        content.posts.splice(4, 1);
      }),
      ["/posts/a", "/posts/b", "/posts/c"],
    );
  });

  test("another page version (code, dependencies, settings, styles) keeps nothing", () => {
    assert.deepEqual(
      keptAfter(() => {}, { version: "v2" }),
      [],
    );
  });

  test("a page whose files are gone, or with a read that can't be made again, is rendered", () => {
    assert.deepEqual(
      keptAfter(() => {}, { hasFiles: (page) => page !== "/posts/b" }),
      ["/posts/a", "/posts/c", "/posts/d", "/posts/e"],
    );
    const replay = contentModule(journal()).replay;
    const index = (reads: Read[]): PageIndex => ({ version: "v1", pages: { "/posts/a": { reads, route: {} } } });
    const hash = hashOf(journal().posts[0]);
    const keeps = (reads: Read[]) => keptPages(["/posts/a"], index(reads), "v1", replay, () => true);
    assert.deepEqual(keeps([{ query: "getPost", args: ["a"], hash }]), ["/posts/a"]);
    assert.deepEqual(keeps([{ query: "getPost", args: null, hash }]), [], "arguments that were not noted");
    assert.deepEqual(keeps([{ query: "getPostBySomethingElse", args: ["a"], hash }]), [], "a query no longer defined");
    assert.deepEqual(keeps([{ query: "getAdjacentPosts", args: [{ ref: "post:gone" }], hash }]), [], "a post gone");
    assert.deepEqual(keeps([]), [], "a page that read nothing was not noted by the page store");
  });
});

describe("settlePages", () => {
  const workspace = mkdtempSync(path.join(tmpdir(), "page-store-"));
  after(() => rmSync(workspace, { recursive: true, force: true }));
  const cacheDir = path.join(workspace, "cache");
  const longAgo = new Date("2020-01-01T00:00:00Z");

  /** A build folder as `next build` leaves it with `rendered` prerendered, and the notes its workers wrote. */
  function nextBuild(name: string, rendered: string[], keep: string[]) {
    const dist = path.join(workspace, name);
    const appDir = path.join(dist, "server", "app");
    const routes: Record<string, unknown> = { "/": { srcRoute: "/" } };
    const notes: string[] = [];
    for (const page of rendered) {
      const base = path.join(appDir, page.slice(1));
      mkdirSync(`${base}.segments/posts`, { recursive: true });
      writeFileSync(`${base}.html`, `<h1>${page} of ${name}</h1>`);
      writeFileSync(`${base}.rsc`, `rsc ${page} ${name}`);
      writeFileSync(`${base}.meta`, "{}");
      writeFileSync(`${base}.segments/posts/_full.segment.rsc`, `segment ${page} ${name}`);
      routes[page] = { srcRoute: "/posts/[slug]", from: name };
      const read: Read = { query: "getPost", args: [page], hash: name };
      // The entry of the page's compiled body, made long ago.
      const entry = path.join("mdx", `${name}${page.replaceAll("/", "-")}`);
      mkdirSync(path.join(cacheDir, "mdx"), { recursive: true });
      writeFileSync(path.join(cacheDir, entry), "compiled");
      utimesSync(path.join(cacheDir, entry), longAgo, longAgo);
      notes.push(JSON.stringify({ page, ...read }), JSON.stringify({ page, entry }), JSON.stringify({ page, ...read }));
    }
    writeFileSync(path.join(dist, "prerender-manifest.json"), JSON.stringify({ routes }));
    mkdirSync(readsDirOf(cacheDir), { recursive: true });
    writeFileSync(path.join(readsDirOf(cacheDir), `${name}.jsonl`), `${notes.join("\n")}\n`);
    mkdirSync(decisionsDirOf(cacheDir), { recursive: true });
    writeFileSync(decisionFileOf(cacheDir, "/posts/[slug]"), JSON.stringify({ version: "v1", keep }));
    writeFileSync(decisionFileOf(cacheDir, "/page/[page]"), JSON.stringify({ version: "v1", keep: [] }));
    return { dist, appDir };
  }
  const manifestOf = (dist: string) =>
    (
      JSON.parse(readFileSync(path.join(dist, "prerender-manifest.json"), "utf8")) as {
        routes: Record<string, unknown>;
      }
    ).routes;

  test("stores what a build rendered, and puts a kept page's files and route back in the next build", () => {
    const first = nextBuild("first", ["/posts/a", "/posts/b"], []);
    assert.deepEqual(readNotes(cacheDir).get("/posts/a"), {
      reads: [{ query: "getPost", args: ["/posts/a"], hash: "first" }],
      entries: [path.join("mdx", "first-posts-a")],
    });
    assert.deepEqual(settlePages(first.dist, cacheDir), { kept: [], stored: 2 });
    assert.deepEqual(pageFileNames(pageFilesOf(cacheDir, "/posts/a"), "/posts/a").sort(), [
      "posts/a.html",
      "posts/a.meta",
      "posts/a.rsc",
      path.join("posts/a.segments", "posts", "_full.segment.rsc"),
    ]);
    assert.equal(existsSync(readsDirOf(cacheDir)), false, "the notes are cleared once read");

    const second = nextBuild("second", ["/posts/b"], ["/posts/a"]);
    assert.deepEqual(settlePages(second.dist, cacheDir), { kept: ["/posts/a"], stored: 1 });
    for (const name of pageFileNames(first.appDir, "/posts/a")) {
      assert.equal(
        readFileSync(path.join(second.appDir, name), "utf8"),
        readFileSync(path.join(first.appDir, name), "utf8"),
      );
    }
    assert.equal(readFileSync(path.join(second.appDir, "posts/b.html"), "utf8"), "<h1>/posts/b of second</h1>");
    assert.deepEqual(manifestOf(second.dist), {
      "/": { srcRoute: "/" },
      "/posts/b": { srcRoute: "/posts/[slug]", from: "second" },
      "/posts/a": { srcRoute: "/posts/[slug]", from: "first" },
    });
    const index = JSON.parse(readFileSync(indexFileOf(cacheDir), "utf8")) as PageIndex;
    assert.deepEqual(Object.keys(index.pages).sort(), ["/posts/a", "/posts/b"]);
    assert.equal(index.pages["/posts/b"]?.reads[0]?.hash, "second");
    assert.equal(index.pages["/posts/a"]?.reads[0]?.hash, "first");
    // The kept page's compiled body is marked used by this build, so pruning keeps it.
    assert.ok(statSync(path.join(cacheDir, "mdx", "first-posts-a")).mtimeMs > longAgo.getTime());
    assert.equal(statSync(path.join(cacheDir, "mdx", "first-posts-b")).mtimeMs, longAgo.getTime());
  });

  test("refuses to keep a page the store has no copy of", () => {
    const third = nextBuild("third", ["/posts/b"], ["/posts/z"]);
    assert.throws(() => settlePages(third.dist, cacheDir), /\/posts\/z was to be kept/);
  });

  test("keeps nothing when the routes' choices were made for different versions", () => {
    const build = nextBuild("mixed", ["/posts/b"], ["/posts/a"]);
    writeFileSync(decisionFileOf(cacheDir, "/page/[page]"), JSON.stringify({ version: "v2", keep: [] }));
    assert.deepEqual(settlePages(build.dist, cacheDir), { kept: [], stored: 0 });
    assert.equal(existsSync(indexFileOf(cacheDir)), false);
  });

  test("empties the store when the build could not keep pages", () => {
    const fourth = nextBuild("fourth", ["/posts/a"], []);
    rmSync(decisionsDirOf(cacheDir), { recursive: true });
    assert.deepEqual(settlePages(fourth.dist, cacheDir), { kept: [], stored: 0 });
    assert.equal(existsSync(indexFileOf(cacheDir)), false);
    assert.equal(existsSync(pageFilesOf(cacheDir, "/posts/a")), false);
  });
});

describe("treeVersion (the build id that versions the kept pages)", () => {
  const project = mkdtempSync(path.join(tmpdir(), "tree-version-"));
  after(() => rmSync(project, { recursive: true, force: true }));
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
  };

  test("changes with any project file but the content's, committed or not, and not with ignored files", () => {
    assert.equal(treeVersion(project, "content"), undefined, "outside a git work tree");
    spawnSync("git", ["init", "-q"], { cwd: project });
    put(".gitignore", ".next/\n");
    put("components/callout.tsx", "export const a = 1;\n");
    put("package-lock.json", '{"lockfileVersion":3}\n');
    put("content/posts/a.mdx", "---\ntitle: A\n---\n");
    spawnSync("git", ["add", "."], { cwd: project });
    const first = treeVersion(project, "content");
    assert.match(first ?? "", /^[0-9a-f]{24}$/);

    const changedBy = (file: string, text: string) => {
      const before = treeVersion(project, "content");
      put(file, text);
      return treeVersion(project, "content") !== before;
    };
    assert.equal(changedBy("content/posts/a.mdx", "---\ntitle: B\n---\n"), false, "a post: read by the pages");
    assert.equal(changedBy("content/posts/new.mdx", "---\ntitle: New\n---\n"), false, "a new post");
    assert.equal(changedBy(".next/BUILD_ID", "x"), false, "an ignored file");
    assert.equal(changedBy("components/callout.tsx", "export const a = 2;\n"), true, "a component");
    assert.equal(changedBy("package-lock.json", '{"lockfileVersion":3,"a":1}\n'), true, "a dependency");
    assert.equal(changedBy("components/new.tsx", "export {};\n"), true, "a new file, not yet committed");
    // The content folder as the build names it (CONTENT_DIR), inside the project or not.
    assert.notEqual(treeVersion(project, ".tmp/other-content"), treeVersion(project, "content"));
  });
});
