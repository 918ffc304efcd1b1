/**
 * Author and tag slugs read straight from a content folder, for the tools that run before (or without)
 * the content step: the check, the post scaffold and the benchmark's corpus.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";

/** The slugs of a tags.yml registry, or undefined when it holds no `tags` list. */
export function tagSlugsIn(yamlText: string): string[] | undefined {
  const registry: unknown = parseYaml(yamlText);
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
