import { dayOf } from "../content/publishing";

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

/** "1 May 2024": the day a date names as written (see dayOf), so it never shifts with a zone, the server's or the author's. */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${dayOf(date)}T00:00:00Z`));
}

/** "No posts yet", "1 post", "12 posts": the counts on the author and tag pages. */
export function formatPostCount(count: number): string {
  if (count === 0) return "No posts yet";
  return `${count} ${count === 1 ? "post" : "posts"}`;
}

export function formatPartCount(count: number): string {
  return `${count} ${count === 1 ? "part" : "parts"}`;
}
