import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

// The journal's flow is content → render → publish. A module may import its own part and the parts before
// it in this table, never a later one: the folders stay a true picture of the architecture. components/mdx/
// counts as render (the vocabulary of a body); the rest of components/ is the pages' chrome, which app/ composes.
const mayImport: Record<string, readonly string[]> = {
  deploy: [],
  // The build cache: any part may keep what it makes there (lib/cache/README.md).
  cache: [],
  site: ["deploy"],
  content: ["site", "deploy", "cache"],
  diagrams: ["content"],
  // A chart's data rules are the check's too: it runs them on each post's <Chart> (lib/charts/README.md).
  charts: ["content", "diagrams"],
  // A post's images: the rules every image meets, the files made from it and the manifest that lists them.
  media: ["content", "cache"],
  render: ["content", "diagrams", "charts", "media", "site", "deploy", "cache"],
  // The check reads posts through the one compile (lib/render/mdx-compile.ts), whose result the pages use.
  check: ["content", "charts", "media", "render", "site", "deploy", "cache"],
  components: ["content", "diagrams", "charts", "render", "search", "site", "deploy", "publish"],
  publish: ["content", "render", "diagrams", "media", "site", "deploy", "cache"],
  search: ["site", "deploy"],
};

const root = path.resolve(import.meta.dirname, "..");

/** The part of the journal a repository path belongs to, or undefined outside lib/ and components/. */
function partOf(file: string): string | undefined {
  const [top, second] = file.split("/");
  // What MDX bodies may use is part of rendering; the rest of components/ is the pages' chrome.
  if (top === "components") return second === "mdx" ? "render" : "components";
  if (top !== "lib" || second === undefined) return undefined;
  return second.replace(/\.[^.]+$/, "");
}

/** The repository paths (no extension) a module imports, from its import and export statements. */
function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g)].map(
    (match) => match[1] ?? "",
  );
  return specifiers.flatMap((specifier) => {
    if (specifier.startsWith("@/")) return [specifier.slice(2)];
    if (specifier.startsWith(".")) return [path.posix.join(path.posix.dirname(file), specifier)];
    return [];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mjs|mts)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function layerViolations(file: string, source: string): string[] {
  const from = partOf(file);
  if (from === undefined) return [];
  return importsOf(file, source).flatMap((target) => {
    const to = partOf(target);
    if (to === undefined || to === from) return [];
    const allowed = mayImport[from] ?? [];
    return allowed.includes(to)
      ? []
      : [`${file} imports ${target}: ${from}/ may import ${allowed.join(", ") || "nothing else"}`];
  });
}

test("every lib/ folder is in the table", () => {
  const folders = readdirSync(path.join(root, "lib"), { withFileTypes: true })
    .map((entry) => entry.name.replace(/\.[^.]+$/, ""))
    .filter((name) => !name.endsWith(".test"));
  for (const folder of folders) assert.ok(mayImport[folder], `lib/${folder} has no row in the layer table`);
});

test("no module imports against the content → render → publish direction", () => {
  const files = [...sourceFiles("lib"), ...sourceFiles("components")];
  assert.ok(files.length > 50, `found only ${files.length} modules`);
  const violations = files.flatMap((file) => layerViolations(file, readFileSync(path.join(root, file), "utf8")));
  assert.deepEqual(violations, []);
});

test("an import against the direction is found, by alias or relative path", () => {
  assert.deepEqual(layerViolations("lib/content/x.ts", 'import { renderMdx } from "@/lib/render/mdx";').length, 1);
  assert.deepEqual(layerViolations("lib/render/x.ts", 'import { feedHtml } from "../publish/feed-html";').length, 1);
  assert.deepEqual(layerViolations("lib/deploy/x.ts", 'export { site } from "../site";').length, 1);
  assert.deepEqual(layerViolations("lib/publish/x.ts", 'import { renderMdx } from "../render/mdx";'), []);
  assert.deepEqual(layerViolations("lib/content/x.ts", 'import { a } from "./publishing";'), []);
});
