/**
 * Rules across documents that the schema alone cannot express. `npm run check` applies them with line
 * numbers; the content step (contentlayer's onSuccess) applies them too, so `contentlayer2 dev` reports them.
 */
import { didYouMean } from "./suggest";

export type PostSource = {
  _raw: { sourceFilePath: string };
  slug: string;
  title: string;
  summary: string;
  date: string;
  updated?: string | undefined;
  tags: readonly string[];
};

export type ContentProblem = { file: string; field: string; message: string; suggestion?: string | undefined };

/** Limits an author can rely on (documented in docs/authoring.md). */
export const LIMITS = { title: { min: 3, max: 90 }, summary: { min: 50, max: 700 } } as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 and 2025-13-01 are not). */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function lengthProblem(field: "title" | "summary", value: string): string | undefined {
  const { min, max } = LIMITS[field];
  const length = value.trim().length;
  if (length < min) return `is ${length === 0 ? "empty" : `${length} characters`}, expected at least ${min}`;
  if (length > max) return `is ${length} characters, expected at most ${max}`;
  return undefined;
}

/** One post's own problems. Unknown authors and missing or mistyped fields are the schema's job. */
export function findPostProblems(post: PostSource, tags: readonly string[]): ContentProblem[] {
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
  if (!isCalendarDay(post.date)) report("date", `"${post.date}" is not a calendar day, expected YYYY-MM-DD`);
  if (post.updated !== undefined) {
    if (!isCalendarDay(post.updated)) {
      report("updated", `"${post.updated}" is not a calendar day, expected YYYY-MM-DD`);
    } else if (isCalendarDay(post.date) && post.updated < post.date) {
      report("updated", `${post.updated} is before date ${post.date}, expected the same day or later`);
    }
  }
  for (const tag of post.tags) {
    if (!tags.includes(tag)) {
      report("tags", `unknown tag "${tag}", expected one of content/tags.yml`, didYouMean(tag, tags));
    }
  }
  return problems;
}

/** Slugs and titles must be unique across the journal; the later file is the one reported. */
export function findDuplicates(posts: readonly PostSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const fileBySlug = new Map<string, string>();
  const fileByTitle = new Map<string, string>();
  for (const post of posts) {
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

export function findContentProblems(posts: readonly PostSource[], tags: readonly string[]): ContentProblem[] {
  return [...posts.flatMap((post) => findPostProblems(post, tags)), ...findDuplicates(posts)];
}

export function formatProblem(problem: ContentProblem, location: string): string {
  const hint = problem.suggestion ? ` — did you mean "${problem.suggestion}"?` : "";
  return `${location}: ${problem.field}: ${problem.message}${hint}`;
}

type GeneratedData = { allPosts: readonly PostSource[]; tagRegistry: { tags: readonly { slug: string }[] } };

/** contentlayer's onSuccess hook: throws (and so fails the content step) with every problem found. */
export function reportContentProblems(data: GeneratedData | undefined): void {
  if (!data) return;
  const tags = data.tagRegistry.tags.map((tag) => tag.slug);
  const problems = findContentProblems(data.allPosts, tags);
  if (problems.length === 0) return;
  const contentDir = process.env.CONTENT_DIR ?? "content";
  const lines = problems.map((p) => formatProblem(p, `${contentDir}/${p.file}`));
  const error = new Error(`${problems.length} content problem(s):\n${lines.join("\n")}`);
  // The stack would only point into contentlayer's compiled config; the list is what an author needs.
  error.stack = error.message;
  throw error;
}
