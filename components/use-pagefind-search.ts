import { useRef, useState } from "react";
import {
  isPagefindModule,
  resultsMessage,
  toSearchHit,
  type PagefindModule,
  type SearchHit,
} from "@/lib/search/results";

/** Each shown result fetches its page's fragment: a handful keeps one query's transfer small. */
const shownResults = 6;

type Found = { query: string; hits: SearchHit[]; total: number };

let loading: Promise<PagefindModule> | undefined;

/**
 * Pagefind's engine is fetched the first time a reader opens search, never with the page. `webpackIgnore`
 * (honoured by Turbopack too) leaves this a native import() of the static bundle the build step wrote.
 * It runs without its web worker: one less file to fetch, and searches this small are quick on the main thread.
 */
function loadPagefind(bundleUrl: string): Promise<PagefindModule> {
  loading ??= import(/* webpackIgnore: true */ `${bundleUrl}pagefind.js`)
    .then(async (module: unknown) => {
      if (!isPagefindModule(module)) throw new Error("pagefind.js is not Pagefind's browser module");
      await module.options({ baseUrl: "/", excerptLength: 24, noWorker: true });
      return module;
    })
    .catch((error: unknown) => {
      loading = undefined; // let the next attempt retry
      throw error;
    });
  return loading;
}

/** Queries the bundle at `bundleUrl`; only the latest query's results are kept. */
export function usePagefindSearch(bundleUrl: string) {
  const latest = useRef("");
  const [found, setFound] = useState<Found>({ query: "", hits: [], total: 0 });
  const [failed, setFailed] = useState(false);

  const load = () => void loadPagefind(bundleUrl).catch(() => setFailed(true));

  async function search(query: string) {
    latest.current = query;
    if (!query.trim()) {
      setFound({ query: "", hits: [], total: 0 });
      return;
    }
    try {
      const pagefind = await loadPagefind(bundleUrl);
      const result = await pagefind.debouncedSearch(query, {}, 150);
      if (!result) return; // a newer query superseded this one
      const data = await Promise.all(result.results.slice(0, shownResults).map((hit) => hit.data()));
      if (latest.current !== query) return;
      const hits = data.map(toSearchHit).filter((hit): hit is SearchHit => hit !== undefined);
      setFound({ query, hits, total: result.results.length });
      setFailed(false);
    } catch {
      if (latest.current === query) setFailed(true);
    }
  }

  // The last settled search stays on screen (and announced once) until the next one settles.
  const message = failed
    ? "Search could not load. Check your connection and try again."
    : found.query
      ? resultsMessage(found.query, found.total, found.hits.length)
      : "";

  return { hits: found.hits, message, load, search };
}
