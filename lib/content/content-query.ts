/**
 * The journal's publishing rules as pure functions, so they can be tested without a content build.
 * lib/content/content.ts applies them to the generated collection.
 */

export type Publishable = { title: string; date: string; draft: boolean };

export type Audience = {
  /** Development and preview builds show drafts and scheduled posts; production does not. */
  includeUnpublished: boolean;
  /** The current day, YYYY-MM-DD (UTC). */
  today: string;
};

/** A post dated after today is scheduled: it stays out of production until its day comes. */
export function isScheduled(post: Publishable, today: string): boolean {
  return post.date > today;
}

export type PostStatus = "published" | "draft" | "scheduled";

export function statusOf(post: Publishable, today: string): PostStatus {
  if (post.draft) return "draft";
  return isScheduled(post, today) ? "scheduled" : "published";
}

export function isPublished(post: Publishable, today: string): boolean {
  return statusOf(post, today) === "published";
}

/** Newest first; posts of the same day by title, so the order never depends on file order. */
export function compareNewestFirst(
  a: Pick<Publishable, "title" | "date">,
  b: Pick<Publishable, "title" | "date">,
): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.title.localeCompare(b.title, "en");
}

export function postsFor<T extends Publishable>(posts: readonly T[], audience: Audience): T[] {
  return posts
    .filter((post) => audience.includeUnpublished || isPublished(post, audience.today))
    .sort(compareNewestFirst);
}

export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
