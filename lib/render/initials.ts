/**
 * The initials of a name for an avatar monogram: the first letters of its first and last words
 * ("Louis-Paul Dareau" → "LD"), one letter for a one-word name, "?" when there is no letter at all.
 */
export function initialsOf(name: string): string {
  const letters = name
    .split(/\s+/)
    .map((word) => /\p{L}/u.exec(word)?.[0])
    .filter((letter): letter is string => letter !== undefined);
  const first = letters[0];
  const last = letters.length > 1 ? letters[letters.length - 1] : undefined;
  if (!first) return "?";
  return `${first}${last ?? ""}`.toLocaleUpperCase("en");
}
