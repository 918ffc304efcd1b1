import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readAuthorSlugs, readTagSlugs } from "../../lib/content/content-files";
import { syntheticPosts } from "./corpus";

/**
 * Writes N synthetic posts, with the real authors and tag registry, into a temporary content folder
 * (by default .tmp/bench/content-N; the end-to-end tests pass their own) and returns its path.
 */
export function writeSyntheticContent(
  root: string,
  count: number,
  lastDay: string,
  dir = path.resolve(root, `.tmp/bench/content-${count}`),
): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "posts"), { recursive: true });
  cpSync(path.join(root, "content/authors"), path.join(dir, "authors"), { recursive: true });
  cpSync(path.join(root, "content/tags.yml"), path.join(dir, "tags.yml"));
  cpSync(path.join(root, "content/series.yml"), path.join(dir, "series.yml"));
  const authors = readAuthorSlugs(dir);
  const tags = readTagSlugs(dir);
  for (const post of syntheticPosts({ count, authors, tags, lastDay })) {
    writeFileSync(path.join(dir, "posts", `${post.slug}.mdx`), post.source);
  }
  return dir;
}
