const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "8 minutes read", "1.5 minutes read", "1 minute read": the wording of the journal's index. */
export function formatReadingTime(minutes: number): string {
  return `${minutes} ${minutes === 1 ? "minute" : "minutes"} read`;
}

/** Formats a calendar date (YYYY-MM-DD or ISO) in UTC, so the day never shifts with the server's zone. */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(date));
}

/** "No posts yet", "1 post", "12 posts": the counts on the author and tag pages. */
export function formatPostCount(count: number): string {
  if (count === 0) return "No posts yet";
  return `${count} ${count === 1 ? "post" : "posts"}`;
}
