/**
 * Builds the search index from the prerendered HTML of a Next build: the only user of Pagefind's Node API.
 *
 * Indexing the build's HTML (rather than the content files) means the index holds exactly what this build
 * shows: a production build renders no draft or scheduled post, a preview build renders them and so
 * finds them. Only elements marked `data-pagefind-body` (a post's <article>) are indexed; pages without
 * one (lists, tags, authors) are skipped, so the post page alone decides what is searchable.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { close, createIndex } from "pagefind";
import { routeOfPrerenderedPage } from "../deploy/build-output";

export type IndexedPage = { route: string; words: number; title: string };
export type SearchIndexReport = { pages: IndexedPage[]; skipped: number; files: number; bytes: number };

/**
 * What is indexed is a post's title, summary, headings and body. Left out: the chrome around it (the back
 * link, the table of contents, the edit link and the headings' "#" anchors are print-hidden for the same
 * reason), the header's byline, dates and tags (they would fill excerpts; author and tag pages list those).
 */
const excludeSelectors = ["[data-print-hidden]", "[data-pagefind-body] > header > :not(h1)"];

/** An element carrying the attribute, not the words in a post's text or code. */
const hasSearchBody = (html: string) => /<[a-z][^>]*\sdata-pagefind-body[\s=/>]/i.test(html);

/**
 * The part of Pagefind's output the dialog needs. Left out: the ready-made UIs, the highlighter and the web
 * worker (the dialog runs Pagefind on the main thread: components/use-pagefind-search.ts).
 */
export function isBundleFileNeeded(path: string): boolean {
  const file = path.split("\\").join("/");
  return (
    file === "pagefind.js" ||
    file === "pagefind-entry.json" ||
    /^wasm\.[\w-]+\.pagefind$/.test(file) ||
    /^pagefind\.[\w-]+\.pf_meta$/.test(file) ||
    /^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/.test(file)
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The page without its script elements. Next inlines each page's RSC payload in scripts, about half of a post's
 * HTML; Pagefind indexes no script but parses them all. Giving it the page without them writes the same index
 * in less time (docs/performance.md). Only real elements match: React escapes
 * "<" in text and attributes, and a script ends at the first "</script", as in a browser.
 */
export const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");

/** Posts live at /posts/<slug>: each of them must be searchable. */
const postRoutePrefix = "/posts/";

/**
 * How many pages are on their way to Pagefind at once. Its service takes them one at a time, in the order they
 * were sent (the index depends on that order, so it is the pages' sorted order), but sending the next pages
 * while it works on one keeps it busy, rather than idle while each answer comes back.
 */
const PAGES_IN_FLIGHT = 16;

/**
 * Indexes `<pagesDir>/**\/*.html` and writes the bundle into each of `outputDirs` (replacing what was there).
 * Throws on any Pagefind error, and when a post page has no `data-pagefind-body`: a post must never drop out
 * of search silently. A journal with no published post yet gets an empty index.
 */
export async function buildSearchIndex(
  pagesDir: string,
  outputDirs: readonly string[],
  { pagesInFlight = PAGES_IN_FLIGHT }: { pagesInFlight?: number } = {},
): Promise<SearchIndexReport> {
  const { index, errors } = await createIndex({ excludeSelectors, forceLanguage: "en" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added: Promise<IndexedPage>[] = [];
    let skipped = 0;
    const unmarkedPosts: string[] = [];
    for (const file of await htmlFiles(pagesDir)) {
      const route = routeOfPrerenderedPage(file);
      if (!route) continue;
      const content = await readFile(join(pagesDir, file), "utf8");
      if (!hasSearchBody(content)) {
        if (route.startsWith(postRoutePrefix)) unmarkedPosts.push(file);
        skipped++;
        continue;
      }
      const adding = index
        .addHTMLFile({ url: route, content: withoutScripts(content) })
        .then(({ errors, file: page }) => {
          if (errors.length > 0) throw new Error(`${file}: ${errors.join("; ")}`);
          return { route, words: page.uniqueWords, title: page.meta.title ?? "" };
        });
      // Its failure is reported by the Promise.all below, or by this wait: never left unhandled.
      adding.catch(() => undefined);
      added.push(adding);
      if (added.length >= pagesInFlight) await added[added.length - pagesInFlight];
    }
    const pages = await Promise.all(added);
    if (unmarkedPosts.length > 0) {
      throw new Error(`${unmarkedPosts.join(", ")} (under ${pagesDir}): no data-pagefind-body element to index.`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
    const files = written.files.filter((file) => isBundleFileNeeded(file.path));
    for (const outputDir of outputDirs) {
      await rm(outputDir, { recursive: true, force: true });
      for (const file of files) {
        const target = join(outputDir, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }
    }
    const bytes = files.reduce((sum, file) => sum + file.content.byteLength, 0);
    return { pages, skipped, files: files.length, bytes };
  } finally {
    await close();
  }
}
