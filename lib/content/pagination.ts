/** Splitting a list into numbered pages, 1-based as readers count them. Pure, so it is tested alone. */

export type Page<T> = {
  items: T[];
  number: number;
  /** How many pages the whole list makes: at least 1, so an empty list still has its first page. */
  count: number;
  previous: number | undefined;
  next: number | undefined;
};

export function pageCount(total: number, perPage: number): number {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`perPage: ${perPage} is not a positive integer`);
  return Math.max(1, Math.ceil(total / perPage));
}

/** Page `number` of `items`, or undefined when there is no such page. */
export function pageOf<T>(items: readonly T[], number: number, perPage: number): Page<T> | undefined {
  const count = pageCount(items.length, perPage);
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined;
  const start = (number - 1) * perPage;
  return {
    items: items.slice(start, start + perPage),
    number,
    count,
    previous: number > 1 ? number - 1 : undefined,
    next: number < count ? number + 1 : undefined,
  };
}

/** The numbers of the pages that have an address of their own: page 1 is the list's own address. */
export function laterPageNumbers(total: number, perPage: number): number[] {
  return Array.from({ length: pageCount(total, perPage) - 1 }, (_, i) => i + 2);
}

/** "2" → 2; anything but a plain positive integer ("02", "1.5", "x") → undefined. */
export function parsePageNumber(segment: string): number | undefined {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : undefined;
}
