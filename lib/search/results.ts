/**
 * The browser side of Pagefind, typed: the few calls the search dialog makes, a guard for the module it
 * imports at run time, and the mapping from Pagefind's result data to what the dialog shows. Pure and
 * dependency-free, because it ships in the page's JavaScript.
 */

/** The subset of Pagefind's browser API (pagefind.js, an ES module) the dialog uses. */
export type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (term: string, options?: object, debounceMs?: number) => Promise<PagefindSearch | null>;
};
export type PagefindSearch = { results: readonly { data: () => Promise<unknown> }[] };

/** A run of an excerpt: the words that matched the query are marked. */
export type ExcerptPart = { text: string; mark: boolean };
export type SearchHit = { url: string; title: string; excerpt: ExcerptPart[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

export function isPagefindModule(value: unknown): value is PagefindModule {
  return isRecord(value) && typeof value.options === "function" && typeof value.debouncedSearch === "function";
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Pagefind's excerpt is escaped text with <mark> around the matches. It becomes text runs rendered by React,
 * so no page text is ever injected as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).forEach((chunk) => {
    const mark = chunk.startsWith("<mark>") && chunk.endsWith("</mark>");
    const text = decodeEntities((mark ? chunk.slice(6, -7) : chunk).replace(/<[^>]*>/g, ""));
    if (text) parts.push({ text, mark });
  });
  return parts;
}

/** One result's data (`await result.data()`) as the dialog shows it; undefined when it lacks a URL. */
export function toSearchHit(data: unknown): SearchHit | undefined {
  if (!isRecord(data) || typeof data.url !== "string" || data.url === "") return undefined;
  const meta = isRecord(data.meta) ? data.meta : {};
  const title = typeof meta.title === "string" && meta.title.trim() ? meta.title.trim() : data.url;
  const excerpt = typeof data.excerpt === "string" ? excerptParts(data.excerpt) : [];
  return { url: data.url, title, excerpt };
}

/** What the live region announces once a search settles. */
export function resultsMessage(query: string, total: number, shown: number): string {
  if (total === 0) return `No posts match “${query}”.`;
  const found = total === 1 ? "1 post matches" : `${total} posts match`;
  return shown < total ? `${found} “${query}”; showing the first ${shown}.` : `${found} “${query}”.`;
}
