/**
 * The registries of the content folder: content/tags.yml (a `tags:` list, slugs and labels unique) and
 * content/series.yml (a `series:` list, slugs and titles unique), each item of the type lib/content/schema.ts
 * declares for it.
 */
import { existsSync, lstatSync } from "node:fs";
import path from "node:path";
import { SeriesEntry, SeriesRegistry, Tag, TagRegistry } from "../content/schema";
import { LABEL, LABEL_EXPECTED, SLUG } from "../content/field-rules";
import { fieldProblems, readDataFile } from "./data-file";
import { fieldsOf, isRecord } from "./fields";
import type { CheckProblem } from "../content/problem";

type FieldsOf = { def: () => { fields?: Parameters<typeof fieldsOf>[0] } };
type Registry = {
  file: string;
  list: string;
  noun: string;
  registry: FieldsOf;
  item: FieldsOf;
  unique: readonly string[];
  /** The field readers see as the item's name: plain text only (LABEL). */
  name: string;
};

export const registries = {
  tags: {
    file: "tags.yml",
    list: "tags",
    noun: "tag",
    registry: TagRegistry,
    item: Tag,
    unique: ["slug", "label"],
    name: "label",
  },
  series: {
    file: "series.yml",
    list: "series",
    noun: "series",
    registry: SeriesRegistry,
    item: SeriesEntry,
    unique: ["slug", "title"],
    name: "title",
  },
} satisfies Record<string, Registry>;

/** Reports a registry's problems; returns the slugs it lists. */
export function checkRegistry(spec: Registry, contentDir: string, problems: CheckProblem[]): string[] {
  const file = path.join(contentDir, spec.file);
  const itemFields = Object.keys(fieldsOf(spec.item.def().fields));
  const expected = `a \`${spec.list}:\` list of ${itemFields.join(", ")}`;
  // A symbolic link is reported by the content folder's walk (check-content.ts).
  if (existsSync(file) && lstatSync(file).isSymbolicLink()) return [];
  if (!existsSync(file)) {
    problems.push({ file, line: undefined, field: "file", message: `is missing, expected ${expected}` });
    return [];
  }
  const registry = readDataFile(file, expected, problems);
  if (!registry) return [];
  const items = registry.data[spec.list];
  const top = fieldProblems(file, registry.data, fieldsOf(spec.registry.def().fields), (f) => registry.lineOf([f]), 1);
  // A list with a bad item is reported item by item below, on the item's line.
  for (const p of top) if (!(p.field === spec.list && Array.isArray(items))) problems.push(p);
  if (!Array.isArray(items)) return [];

  const schema = fieldsOf(spec.item.def().fields);
  const slugs: string[] = [];
  const firstLineOf = new Map(spec.unique.map((field) => [field, new Map<string, number>()]));
  items.forEach((item: unknown, index) => {
    const line = registry.lineOf([spec.list, index]) ?? 1;
    if (!isRecord(item)) {
      const message = `item ${index + 1} is ${JSON.stringify(item)}, expected a mapping of ${Object.keys(schema).join(", ")}`;
      problems.push({ file, line, field: spec.list, message });
      return;
    }
    const lineOf = (field: string) => registry.lineOf([spec.list, index, field]);
    for (const problem of fieldProblems(file, item, schema, lineOf, line)) problems.push(problem);
    const slug = item["slug"];
    if (typeof slug === "string") {
      slugs.push(slug);
      if (!SLUG.test(slug)) {
        problems.push({
          file,
          line: lineOf("slug") ?? line,
          field: "slug",
          message: `"${slug}" is not a slug, expected lowercase letters, digits and single hyphens`,
        });
      }
    }
    const name = item[spec.name];
    if (typeof name === "string" && name.trim() !== "" && !LABEL.test(name)) {
      problems.push({
        file,
        line: lineOf(spec.name) ?? line,
        field: spec.name,
        message: `${JSON.stringify(name)} is not a plain name, expected ${LABEL_EXPECTED}`,
      });
    }
    for (const [field, seen] of firstLineOf) {
      const value = item[field];
      if (typeof value !== "string" || value.trim() === "") continue;
      const key = value.trim().toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, lineOf(field) ?? line);
      else {
        problems.push({
          file,
          line: lineOf(field) ?? line,
          field,
          message: `"${value}" is already the ${field} of the ${spec.noun} on line ${first}, expected a unique ${field} (case-insensitive)`,
        });
      }
    }
  });
  return [...new Set(slugs)];
}
