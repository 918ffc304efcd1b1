/**
 * Rules across documents that the schema alone cannot express. They run in the content step
 * (contentlayer's onSuccess), so a bad post fails `npm run build` before Next starts.
 */

export type PostSource = {
  _raw: { sourceFilePath: string };
  slug: string;
  title: string;
  date: string;
  updated?: string | undefined;
};

export type ContentProblem = { file: string; field: string; message: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a real calendar day written YYYY-MM-DD (2025-02-30 and 2025-13-01 are not). */
export function isCalendarDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Unknown authors and missing or mistyped fields are caught earlier, by contentlayer's own strict mode. */
export function findContentProblems(posts: readonly PostSource[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstFileBySlug = new Map<string, string>();

  for (const post of posts) {
    const file = post._raw.sourceFilePath;
    const report = (field: string, message: string) => problems.push({ file, field, message });

    if (!SLUG.test(post.slug))
      report("file name", `"${post.slug}" is not a valid slug, expected lowercase letters, digits and single hyphens`);
    const other = firstFileBySlug.get(post.slug);
    if (other) report("slug", `"${post.slug}" is already used by ${other}, expected a unique slug`);
    else firstFileBySlug.set(post.slug, file);

    if (!isCalendarDay(post.date)) report("date", `"${post.date}" is not a calendar day, expected YYYY-MM-DD`);
    if (post.updated !== undefined) {
      if (!isCalendarDay(post.updated))
        report("updated", `"${post.updated}" is not a calendar day, expected YYYY-MM-DD`);
      else if (isCalendarDay(post.date) && post.updated < post.date)
        report("updated", `${post.updated} is before date ${post.date}, expected the same day or later`);
    }
  }
  return problems;
}

export function formatContentProblems(problems: readonly ContentProblem[], contentDir: string): string {
  return problems.map((p) => `${contentDir}/${p.file}: ${p.field}: ${p.message}`).join("\n");
}

/** contentlayer's onSuccess hook: throws (and so fails the content step) with every problem found. */
export function reportContentProblems(data: { allPosts: readonly PostSource[] } | undefined): void {
  if (!data) return;
  const problems = findContentProblems(data.allPosts);
  if (problems.length === 0) return;
  const contentDir = process.env.CONTENT_DIR ?? "content";
  const error = new Error(`${problems.length} content problem(s):\n${formatContentProblems(problems, contentDir)}`);
  // The stack would only point into contentlayer's compiled config; the list is what an author needs.
  error.stack = error.message;
  throw error;
}
