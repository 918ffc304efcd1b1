/**
 * A content folder read straight from the disk, for the tools that run before (or without) the content
 * step: the check, the copy contentlayer reads (content-source.ts), the post scaffold, the benchmark's corpus.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readYaml } from "./safe-yaml";

export type ContentEntries = { files: string[]; links: string[] };

/**
 * The regular files under `dir` (paths relative to it, sorted) and, apart, its symbolic links, never
 * followed: a link in a pull request could make the build read any file of the machine.
 */
export function contentEntries(dir: string): ContentEntries {
  const entries: ContentEntries = { files: [], links: [] };
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isSymbolicLink()) entries.links.push(child);
      else if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) entries.files.push(child);
    }
  };
  if (existsSync(dir)) walk("");
  entries.files.sort();
  entries.links.sort();
  return entries;
}

/** The slugs of a tags.yml registry, or undefined when it holds no `tags` list. */
export function tagSlugsIn(yamlText: string): string[] | undefined {
  const registry = readYaml(yamlText).value;
  const tags = registry && typeof registry === "object" && "tags" in registry ? registry.tags : undefined;
  if (!Array.isArray(tags)) return undefined;
  return tags.map((tag: unknown) => (tag && typeof tag === "object" && "slug" in tag ? String(tag.slug) : ""));
}

export function readTagSlugs(contentDir: string): string[] {
  return tagSlugsIn(readFileSync(path.join(contentDir, "tags.yml"), "utf8")) ?? [];
}

export function readAuthorSlugs(contentDir: string): string[] {
  return readdirSync(path.join(contentDir, "authors"))
    .filter((file) => file.endsWith(".yml"))
    .map((file) => path.basename(file, ".yml"))
    .sort();
}
