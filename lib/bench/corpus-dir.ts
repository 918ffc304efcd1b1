import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { readFileSync } from "node:fs";
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
  const authors = readdirSync(path.join(root, "content/authors")).map((file) => path.basename(file, ".yml"));
  const registry: unknown = parseYaml(readFileSync(path.join(root, "content/tags.yml"), "utf8"));
  const list =
    registry && typeof registry === "object" && "tags" in registry && Array.isArray(registry.tags) ? registry.tags : [];
  const tags = list.map((tag: unknown) => (tag && typeof tag === "object" && "slug" in tag ? String(tag.slug) : ""));
  for (const post of syntheticPosts({ count, authors, tags, lastDay })) {
    writeFileSync(path.join(dir, "posts", `${post.slug}.mdx`), post.source);
  }
  return dir;
}
