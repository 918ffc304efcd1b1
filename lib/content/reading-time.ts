import readingTimeOf from "reading-time";

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
