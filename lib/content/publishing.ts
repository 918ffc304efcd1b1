/**
 * The journal's publishing rules as pure functions, so they can be tested without a content build.
 * lib/content/collection.ts applies them to the generated collection.
 */

export type Publishable = { title: string; date: string; draft: boolean };
/** A post's dates as written: a day (YYYY-MM-DD) or a date-time with a zone (lib/content/field-rules.ts). */
export type Dated = { date: string; updated?: string | undefined };

/**
 * The calendar day a `date` or `updated` names, as its author wrote it: 2024-05-01T23:30:00-05:00 is
 * 1 May, wherever the build runs or the reader lives. The one place a date becomes its day.
 */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}

/** True for a date-time, false for a day alone. */
export function hasTime(date: string): boolean {
  return date.length > dayOf(date).length;
}

/** A date as a point in time (ms): a day alone counts as its start, in UTC. */
export function instantOf(date: string): number {
  return Date.parse(hasTime(date) ? date : `${date}T00:00:00Z`);
}

/**
 * The day shown to readers as "Last updated": the author's `updated` only (never git, so fixing a typo
 * doesn't make a 2017 post look new), and only when it is a later day than the publication.
 */
export function updatedDayOf(post: Dated): string | undefined {
  return post.updated && dayOf(post.updated) > dayOf(post.date) ? dayOf(post.updated) : undefined;
}

/**
 * The last change the author vouches for: `updated`, else `date`. What the page says, so also what search
 * engines are told (OpenGraph modifiedTime, JSON-LD dateModified); git's days are for crawlers and feed readers.
 */
export function authorModified(post: Dated): string {
  return post.updated ?? post.date;
}

export type Audience = {
  /** Development and preview builds show drafts and scheduled posts; production does not. */
  includeUnpublished: boolean;
  /** The current day, YYYY-MM-DD (UTC). */
  today: string;
};

/** A post dated after today is scheduled: it stays out of production until its day (as written) comes. */
export function isScheduled(post: Publishable, today: string): boolean {
  return dayOf(post.date) > today;
}

export type PostStatus = "published" | "draft" | "scheduled";

export function statusOf(post: Publishable, today: string): PostStatus {
  if (post.draft) return "draft";
  return isScheduled(post, today) ? "scheduled" : "published";
}

export function isPublished(post: Publishable, today: string): boolean {
  return statusOf(post, today) === "published";
}

/**
 * Newest day first; within a day, posts with a time newest first, then those without one (a day alone says
 * nothing of the hour), then by title, so the order never depends on file order.
 */
export function compareNewestFirst(
  a: Pick<Publishable, "title" | "date">,
  b: Pick<Publishable, "title" | "date">,
): number {
  const [dayA, dayB] = [dayOf(a.date), dayOf(b.date)];
  if (dayA !== dayB) return dayA < dayB ? 1 : -1;
  const [timedA, timedB] = [hasTime(a.date), hasTime(b.date)];
  if (timedA !== timedB) return timedA ? -1 : 1;
  const later = timedA ? instantOf(b.date) - instantOf(a.date) : 0;
  return later || a.title.localeCompare(b.title, "en");
}

export function postsFor<T extends Publishable>(posts: readonly T[], audience: Audience): T[] {
  return posts
    .filter((post) => audience.includeUnpublished || isPublished(post, audience.today))
    .sort(compareNewestFirst);
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
