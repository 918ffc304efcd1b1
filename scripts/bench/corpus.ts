/**
 * Synthetic posts for the benchmark: ~800 words each with headings, a code block, a list, a table and links
 * to earlier posts, spread over the real authors and tags. Deterministic, so runs compare.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readAuthorSlugs, readTagSlugs } from "../../lib/content/places";
import { seededRandom } from "../seeded-random";

export type CorpusSpec = { count: number; authors: readonly string[]; tags: readonly string[]; lastDay: string };
export type SyntheticPost = { slug: string; source: string };

const WORDS = (
  "payment authorization capture settlement clearing issuer acquirer gateway processor scheme token vault " +
  "merchant cardholder refund chargeback retry idempotency ledger reconciliation webhook latency throughput " +
  "routing fallback currency amount balance dispute fraud score risk rule queue worker index alias shard " +
  "replica migration schema event state machine transition invariant audit compliance scope network segment"
).split(" ");

function dayBefore(lastDay: string, days: number): string {
  const date = new Date(`${lastDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

export function syntheticPosts({ count, authors, tags, lastDay }: CorpusSpec): SyntheticPost[] {
  const posts: SyntheticPost[] = [];
  for (let i = 0; i < count; i++) {
    const next = seededRandom(i + 1);
    const pick = <T>(list: readonly T[]): T => {
      const item = list[Math.floor(next() * list.length)];
      if (item === undefined) throw new Error("synthetic corpus: cannot pick from an empty list");
      return item;
    };
    const sentence = (words: number) => {
      const text = Array.from({ length: words }, () => pick(WORDS)).join(" ");
      return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    };
    const paragraph = () => Array.from({ length: 5 }, () => sentence(12)).join(" ");
    const slug = `synthetic-post-${String(i + 1).padStart(4, "0")}`;
    const earlier = i > 0 ? `synthetic-post-${String(Math.floor(next() * i) + 1).padStart(4, "0")}` : undefined;
    const postTags = [...new Set([pick(tags), pick(tags)])];
    const body = [
      paragraph(),
      "## Why it matters",
      paragraph(),
      earlier
        ? `As [an earlier post](/posts/${earlier}#how-it-works) explains, ${sentence(10).toLowerCase()}`
        : paragraph(),
      "## How it works",
      paragraph(),
      "- " + sentence(8),
      "- " + sentence(8),
      "- " + sentence(8),
      "### The code",
      '```ts title="capture.ts" {2}',
      "export async function capture(id: string, amount: number) {",
      "  const tx = await transactions.find(id);",
      '  if (tx.state !== "authorized") throw new Error(`cannot capture ${tx.state}`);',
      "  return gateway.capture({ id, amount, idempotencyKey: `capture-${id}` });",
      "}",
      "```",
      paragraph(),
      "| Stage | Owner | Delay |",
      "| --- | --- | --- |",
      "| Authorization | Issuer | Seconds |",
      "| Settlement | Acquirer | Days |",
      "## What we learned",
      paragraph(),
      paragraph(),
      paragraph(),
      paragraph(),
      paragraph(),
      paragraph(),
      paragraph(),
    ].join("\n\n");
    const frontmatter = [
      "---",
      `title: "Synthetic post ${i + 1}: ${sentence(4).slice(0, -1)}"`,
      `date: "${dayBefore(lastDay, count - i)}"`,
      `author: authors/${pick(authors)}.yml`,
      `summary: "${sentence(30)}"`,
      `tags: [${postTags.join(", ")}]`,
      "---",
    ].join("\n");
    posts.push({ slug, source: `${frontmatter}\n\n${body}\n` });
  }
  return posts;
}

/** Writes `count` synthetic posts, with the real authors and registries, into `dir` (emptied first); returns it. */
export function writeSyntheticContent(root: string, count: number, lastDay: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "posts"), { recursive: true });
  cpSync(path.join(root, "content/authors"), path.join(dir, "authors"), { recursive: true });
  for (const file of ["tags.yml", "series.yml"]) cpSync(path.join(root, "content", file), path.join(dir, file));
  const authors = readAuthorSlugs(dir);
  const tags = readTagSlugs(dir);
  for (const post of syntheticPosts({ count, authors, tags, lastDay })) {
    writeFileSync(path.join(dir, "posts", `${post.slug}.mdx`), post.source);
  }
  return dir;
}

/** An author's edit: a sentence more at the end of the middle post. */
export function editOnePost(dir: string, count: number): void {
  const file = path.join(dir, "posts", `synthetic-post-${String(Math.ceil(count / 2)).padStart(4, "0")}.mdx`);
  writeFileSync(file, `${readFileSync(file, "utf8").trimEnd()} One more sentence, edited.\n`);
}
