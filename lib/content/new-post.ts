/** The post scaffold behind `npm run new-post`: pure, so it is tested without touching content/. */
import { slug as githubSlug } from "github-slugger";
import { SLUG } from "./field-rules";
import { didYouMean } from "./suggest";

export type NewPostInput = { title: string; author: string; tags: readonly string[]; date: string };
export type Known = { authors: readonly string[]; tags: readonly string[] };
export type NewPost = { slug: string; source: string };

/** "Zero-downtime Elasticsearch migrations" → "zero-downtime-elasticsearch-migrations" (accents folded). */
export function slugify(title: string): string {
  const ascii = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return githubSlug(ascii)
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

function unknown(kind: string, value: string, known: readonly string[]): string {
  const hint = didYouMean(value, known);
  return `unknown ${kind} "${value}"${hint ? ` — did you mean "${hint}"?` : ""}\n  known ${kind}s: ${known.join(", ")}`;
}

/** Builds the file, or returns every reason it can't (unknown author or tags, a title with no slug). */
export function scaffoldPost(input: NewPostInput, known: Known): NewPost | { errors: string[] } {
  const errors: string[] = [];
  const slug = slugify(input.title);
  if (!input.title.trim()) errors.push('--title is required, e.g. --title "Retries without double charges"');
  else if (!SLUG.test(slug))
    errors.push(`the title "${input.title}" gives no usable slug, expected some letters or digits`);
  if (!known.authors.includes(input.author)) errors.push(unknown("author", input.author, known.authors));
  for (const tag of input.tags) if (!known.tags.includes(tag)) errors.push(unknown("tag", tag, known.tags));
  if (errors.length) return { errors };

  // JSON strings are valid YAML double-quoted scalars: any title survives, quotes and colons included.
  const frontmatter = [
    `title: ${JSON.stringify(input.title.trim())}`,
    `date: "${input.date}"`,
    `author: authors/${input.author}.yml`,
    'summary: "One or two sentences for the index and the top of the post: what a reader will learn."',
    `tags: [${input.tags.join(", ")}]`,
    "draft: true",
    "",
  ].join("\n");
  const body = [
    "Open with the problem, in a paragraph or two: who meets it, and why it matters for payments.",
    "",
    "## What we built",
    "",
    "Explain the approach. Code blocks take a language, a title and highlighted lines:",
    "",
    '```ts title="example.ts" {2}',
    "export function capture(amount: number) {",
    '  return { amount, currency: "EUR" };',
    "}",
    "```",
    "",
    "## What we learned",
    "",
    "Close with what a reader can take away. The authoring guide (docs/authoring.md) lists every component.",
    "",
  ].join("\n");
  return { slug, source: `---\n${frontmatter}---\n\n${body}` };
}
