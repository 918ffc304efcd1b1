import { closest, distance } from "fastest-levenshtein";

/** The known value closest to a misspelt one, if it is close enough to be a likely typo. */
export function didYouMean(value: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const candidate = closest(value, [...known]);
  return distance(value, candidate) <= Math.max(2, Math.floor(candidate.length / 4)) ? candidate : undefined;
}
