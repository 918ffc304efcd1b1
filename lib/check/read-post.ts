import { readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "mdast";
import { cachedSync } from "../cache/store";
import type { PostSource } from "../content/content-rules";
import { findDroppedConstructs, parseMdx } from "../content/mdx-source";
import { postSlug } from "../content/post-files";
import { readSourceText } from "../content/source-text";
import { checkFields, type FieldDef } from "./fields";
import { readFrontmatter } from "./frontmatter";
import { headingIds, references, type Reference } from "./links";
import type { CheckProblem } from "./problem";

export type ReadPost = {
  file: string;
  lineOf: (field: string) => number;
  source: PostSource;
  draft: boolean;
  /** The body's heading ids and its links and images (undefined when the body could not be parsed). */
  body: { headings: Set<string>; references: Reference[] } | undefined;
  /** Fields already reported (missing, mistyped) or "all" (no readable frontmatter): later rules skip them. */
  reported: Set<string> | "all";
  problems: CheckProblem[];
};

/** The line of an MDX parse error: vfile messages carry it in `line` or `place`, else in "(11:1-11:6)". */
function errorLine(error: unknown): number | undefined {
  if (error && typeof error === "object" && "line" in error && typeof error.line === "number") return error.line;
  const match = /\((\d+):\d+/.exec(String(error));
  return match ? Number(match[1]) : undefined;
}

/** A post whose fields could not be read: later rules skip it ("all" reported). */
function unreadable(file: string, relative: string): ReadPost {
  return {
    file,
    lineOf: () => 1,
    body: undefined,
    problems: [],
    draft: false,
    reported: "all",
    source: {
      _raw: { sourceFilePath: `posts/${relative}` },
      slug: postSlug(`posts/${relative.split(path.sep).join("/")}`),
      title: "",
      summary: "",
      date: "",
      tags: [],
    },
  };
}

/** A ReadPost as the build cache keeps it: JSON, with the line of every field the later rules may name. */
type StoredPost = Omit<ReadPost, "lineOf" | "body" | "reported"> & {
  lines: Record<string, number>;
  otherLine: number;
  body: { headings: string[]; references: Reference[] } | undefined;
  reported: string[] | "all";
};

const store = (post: ReadPost, fields: readonly string[]): string =>
  JSON.stringify({
    ...post,
    lines: Object.fromEntries(fields.map((field) => [field, post.lineOf(field)])),
    otherLine: post.lineOf("\0"),
    body: post.body && { headings: [...post.body.headings], references: post.body.references },
    reported: post.reported === "all" ? "all" : [...post.reported],
  } satisfies StoredPost);

function restore(bytes: Buffer): ReadPost {
  const { lines, otherLine, body, reported, ...rest } = JSON.parse(bytes.toString("utf8")) as StoredPost;
  return {
    ...rest,
    lineOf: (field) => lines[field] ?? otherLine,
    body: body && { headings: new Set(body.headings), references: body.references },
    reported: reported === "all" ? "all" : new Set(reported),
  };
}

/**
 * `readPost`, kept in the build cache when `npm run build` runs the check: keyed by the file's path and bytes
 * and the authors its `author` may name (the schema and the rules are the store's version). The rules across
 * posts (links, duplicates, series) always run again on what this gives.
 */
export function readPostCached(
  file: string,
  relative: string,
  schema: Record<string, FieldDef>,
  authors: readonly string[],
): ReadPost {
  const bytes = readFileSync(file);
  const input = [file, relative, authors.join("\n"), bytes.toString("base64")].join("\0");
  const fields = [...Object.keys(schema), "slug", "file name", "frontmatter", "body"];
  return cachedSync(
    "check",
    input,
    () => readPost(file, relative, schema, authors, bytes),
    (post) => store(post, fields),
    restore,
  );
}

/** Reads one post file: its frontmatter against the schema, and its body as the content step parses it. */
export function readPost(
  file: string,
  relative: string,
  schema: Record<string, FieldDef>,
  authors: readonly string[],
  bytes: Uint8Array = readFileSync(file),
): ReadPost {
  const problems: CheckProblem[] = [];
  const read = readSourceText(bytes, "frontmatter (--- … ---) and the post's text after it");
  if ("problem" in read) {
    problems.push({ file, ...read.problem });
    return { ...unreadable(file, relative), problems };
  }
  const text = read.text;
  const { data, lineOf, errors, refused, body } = readFrontmatter(text);
  for (const error of errors) problems.push({ file, line: error.line, field: "frontmatter", message: error.message });
  // A refused block (too big, too deep, aliases, code) is hostile: nothing else of the file is read.
  if (refused) return { ...unreadable(file, relative), lineOf, problems };
  if (body && body.text.trim() === "") {
    problems.push({ file, line: body.line, field: "body", message: "is empty, expected the post's text after ---" });
  }
  const fieldProblems = data ? checkFields(data, schema, authors) : [];
  for (const problem of fieldProblems) problems.push({ file, line: lineOf(problem.field), ...problem });

  let tree: Root | undefined;
  try {
    tree = parseMdx(text);
    for (const p of findDroppedConstructs(tree))
      problems.push({ file, line: p.line, field: p.construct, message: p.message });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ file, line: errorLine(error), field: "MDX", message: `${reason}, expected MDX that compiles` });
  }

  const textField = (field: string) => {
    const value = data?.[field];
    return typeof value === "string" ? value : "";
  };
  const updated = data?.["updated"];
  const tags = data?.["tags"];
  return {
    file,
    lineOf,
    body: tree ? { headings: headingIds(tree), references: references(tree) } : undefined,
    problems,
    draft: data?.["draft"] === true,
    reported: data ? new Set(fieldProblems.map((p) => p.field)) : "all",
    source: {
      _raw: { sourceFilePath: `posts/${relative}` },
      slug: postSlug(`posts/${relative.split(path.sep).join("/")}`),
      title: textField("title"),
      summary: textField("summary"),
      date: textField("date"),
      updated: typeof updated === "string" ? updated : undefined,
      tags: Array.isArray(tags) ? tags.map(String) : [],
      series: typeof data?.["series"] === "string" ? data["series"] : undefined,
    },
  };
}
