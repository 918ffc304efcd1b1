/**
 * Rules across documents that the schema alone cannot express. `npm run check` applies them, with line numbers:
 * in the build's content step, and in `npm run dev` on every change (lib/check/dev-check.ts).
 */
import { dayOf, hasTime, instantOf, todayUtc } from "./publishing";
import { didYouMean } from "./suggest";

export type PostSource = {
  _raw: { sourceFilePath: string };
  slug: string;
  title: string;
  summary: string;
  date: string;
  updated?: string | undefined;
  tags: readonly string[];
  series?: string | undefined;
};

export type ContentProblem = { file: string; field: string; message: string; suggestion?: string | undefined };

/** Limits an author can rely on (documented in docs/authoring.md). */
export const LIMITS = { title: { min: 3, max: 90 }, summary: { min: 50, max: 700 } } as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))?$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A tag's label or a series' title is a short name, written into feeds (an attribute of Atom's <category>,
 * which the feed library does not escape for "<"), cards and pages: letters, digits, spaces and the
 * punctuation a name needs, nothing that markup is made of.
 */
export const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} .,:;!?'’&+/()#-]*$/u;
export const LABEL_EXPECTED = "letters, digits, spaces and . , : ; ! ? ' ’ & + / ( ) # -";

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 and 2025-13-01 are not). */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_FORMATS = "YYYY-MM-DD or a date-time with its zone such as 2024-05-01T09:30:00Z or 2024-05-01T09:30+02:00";

/**
 * Why a `date` or `updated` value is not one the journal reads, or undefined: a calendar day, or an ISO 8601
 * date-time with a zone (Z or an offset in use on Earth, -12:00 to +14:00) and optional seconds and fraction.
 * A date-time without a zone is refused: its instant would depend on the machine that builds the site.
 */
export function dateProblem(value: string): string | undefined {
  const shown = JSON.stringify(value);
  if (ISO_DAY.test(value)) return isCalendarDay(value) ? undefined : `${shown} is not a calendar day, expected ${DATE_FORMATS}`;
  const match = DATE_TIME.exec(value);
  if (!match) return `${shown} is not a date, expected ${DATE_FORMATS}`;
  const [, day = "", hour = "", minute = "", second = "00", zone, sign, offsetHours = "00", offsetMinutes = "00"] = match;
  if (!isCalendarDay(day)) return `${shown} is not a calendar day, expected ${DATE_FORMATS}`;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    return `${shown} has no such time of day, expected hh:mm[:ss] from 00:00 to 23:59:59`;
  }
  if (!zone) return `${shown} has no time zone, expected Z (UTC) or an offset such as +02:00 at its end`;
  const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
  if (sign && (Number(offsetMinutes) > 59 || offset > (sign === "+" ? 14 : 12) * 60)) {
    return `${shown} has no such time zone offset, expected Z or an offset from -12:00 to +14:00`;
  }
  return undefined;
}

/** An update can't precede the publication: by the day as written (what readers see), nor, both timed, by instant. */
function isBefore(updated: string, date: string): boolean {
  if (dayOf(updated) < dayOf(date)) return true;
  return hasTime(updated) && hasTime(date) && instantOf(updated) < instantOf(date);
}

function lengthProblem(field: "title" | "summary", value: string): string | undefined {
  const { min, max } = LIMITS[field];
  const length = value.trim().length;
  if (length < min) return `is ${length === 0 ? "empty" : `${length} characters`}, expected at least ${min}`;
  if (length > max) return `is ${length} characters, expected at most ${max}`;
  return undefined;
}

/**
 * One post's own problems. Unknown authors and missing or mistyped fields are the schema's job. `today`
 * (YYYY-MM-DD, UTC) bounds `updated`: a post can't have been updated in the future.
 */
export function findPostProblems(post: PostSource, tags: readonly string[], today = todayUtc()): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const file = post._raw.sourceFilePath;
  const report = (field: string, message: string, suggestion?: string) =>
    problems.push({ file, field, message, suggestion });

  if (!SLUG.test(post.slug)) {
    report("file name", `"${post.slug}" is not a slug, expected lowercase letters, digits and single hyphens`);
  }
  for (const field of ["title", "summary"] as const) {
    const problem = lengthProblem(field, post[field]);
    if (problem) report(field, problem);
  }
  const dateIssue = dateProblem(post.date);
  if (dateIssue) report("date", dateIssue);
  if (post.updated !== undefined) {
    const updatedIssue = dateProblem(post.updated);
    if (updatedIssue) report("updated", updatedIssue);
    else if (!dateIssue && isBefore(post.updated, post.date)) {
      report("updated", `${post.updated} is before date ${post.date}, expected the same day or later`);
    } else if (dayOf(post.updated) > today) {
      report("updated", `${post.updated} is after today (${today}), expected the day of an update already made`);
    }
  }
  for (const tag of post.tags) {
    if (!tags.includes(tag)) {
      report("tags", `unknown tag "${tag}", expected one of content/tags.yml`, didYouMean(tag, tags));
    }
  }
  return problems;
}

/**
 * Posts in the order of their file paths (code-point order, not the locale's), so that which of two clashing
 * files is reported never depends on the order a file system or a loader listed them in.
 */
function inPathOrder(posts: readonly PostSource[]): PostSource[] {
  const path = (post: PostSource) => post._raw.sourceFilePath;
  return [...posts].sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

/** Slugs and titles must be unique across the journal; of two clashing files, the later path is reported. */
export function findDuplicates(posts: readonly PostSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileBySlug = new Map<string, string>();
  const fileByTitle = new Map<string, string>();
  for (const post of inPathOrder(posts)) {
    const file = post._raw.sourceFilePath;
    const sameSlug = fileBySlug.get(post.slug);
    if (sameSlug) {
      problems.push({
        file,
        field: "slug",
        message: `"${post.slug}" is already used by ${sameSlug}, expected a unique file name`,
      });
    } else fileBySlug.set(post.slug, file);
    const titleKey = post.title.trim().toLowerCase();
    const sameTitle = fileByTitle.get(titleKey);
    if (sameTitle && titleKey) {
      problems.push({
        file,
        field: "title",
        message: `"${post.title}" is already the title of ${sameTitle}, expected a unique title`,
      });
    } else fileByTitle.set(titleKey, file);
  }
  return problems;
}

/**
 * A post's `series` must be in the registry, and no two parts of one series may share a publication day: the
 * parts are ordered by date, so that order must not be a guess. Of two clashing files, the later path is reported.
 */
export function findSeriesProblems(posts: readonly PostSource[], series: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileByDay = new Map<string, string>();
  for (const post of inPathOrder(posts)) {
    if (post.series === undefined) continue;
    const file = post._raw.sourceFilePath;
    if (!series.includes(post.series)) {
      const message = `unknown series "${post.series}", expected one of content/series.yml`;
      problems.push({ file, field: "series", message, suggestion: didYouMean(post.series, series) });
      continue;
    }
    if (dateProblem(post.date)) continue;
    const key = `${post.series} ${dayOf(post.date)}`;
    const sameDay = fileByDay.get(key);
    if (sameDay) {
      problems.push({
        file,
        field: "series",
        message: `${sameDay} is already the part of "${post.series}" published on ${dayOf(post.date)}, expected one part a day (parts are ordered by date)`,
      });
    } else fileByDay.set(key, file);
  }
  return problems;
}
