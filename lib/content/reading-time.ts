import readingTimeOf from "reading-time";
import { cachedSync, openStore } from "../cache/store";
import { parseMdx, plainText } from "./body-tree";

/** One rate for every post, so reading times compare across the journal. */
export const WORDS_PER_MINUTE = 200;

export type ReadingTime = {
  words: number;
  /** Minutes rounded to the nearest half minute, never less than half a minute. */
  minutes: number;
};

/** Minutes for a count of words: rounded to the nearest half minute, never less than half a minute. */
export function minutesFor(words: number): number {
  return Math.max(0.5, Math.round((words / WORDS_PER_MINUTE) * 2) / 2);
}

/** Estimates reading time from a body's plain text (the library counts whitespace-separated words). */
export function readingTime(text: string): ReadingTime {
  const { words } = readingTimeOf(text, { wordsPerMinute: WORDS_PER_MINUTE });
  return { words, minutes: minutesFor(words) };
}

/**
 * The words of a post's text (frontmatter included: lib/content/safe-text.ts), as the one compile counted
 * them (lib/render/mdx-compile.ts notes its count with `rememberWords`). In `npm run build` the check compiled
 * every post first, so this is a read of the build cache; where the cache is off (`next dev`, a bare
 * `next build`, the tests) the text is parsed here instead, without compiling it.
 */
export function wordsOf(text: string): number {
  return cachedSync("words", text, () => readingTime(plainText(parseMdx(text))).words, String, Number);
}

/**
 * Notes the count of a text the compile has parsed, so that `wordsOf` reads it instead of parsing again; once:
 * every page and feed that runs a compiled body comes here too.
 */
export function rememberWords(text: string, words: number): void {
  const store = openStore("words");
  if (store && !store.has(text)) store.write(text, String(words));
}
