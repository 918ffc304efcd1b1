import { readFileSync } from "node:fs";
import path from "node:path";
import { POST_FILE } from "../content/places";
import type { PostSource } from "../content/field-rules";
import type { PostFileUse, Reference } from "../content/references";
import { postSlug } from "../content/post-files";
import { readSourceText } from "../content/safe-text";
import { compilePost } from "../render/mdx-compile";
import { checkFields, type FieldDef } from "./fields";
import { readFrontmatter } from "./frontmatter";
import type { CheckProblem } from "../content/problem";

export type ReadPost = {
  file: string;
  lineOf: (field: string) => number;
  source: PostSource;
  draft: boolean;
  /** The body's heading ids, its links and images and the tags that read files beside it (undefined when the body could not be parsed). */
  body: { headings: Set<string>; references: Reference[]; fileUses: PostFileUse[] } | undefined;
  /** Fields already reported (missing, mistyped) or "all" (no readable frontmatter): later rules skip them. */
  reported: Set<string> | "all";
  problems: CheckProblem[];
};

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

/**
 * Reads one post file: its frontmatter against the schema, and its body through the one compile
 * (lib/render/mdx-compile.ts), whose result the build keeps for the pages and feeds.
 */
export async function readPost(
  file: string,
  relative: string,
  schema: Record<string, FieldDef>,
  authors: readonly string[],
): Promise<ReadPost> {
  const problems: CheckProblem[] = [];
  const read = readSourceText(readFileSync(file), POST_FILE);
  if ("problem" in read) {
    problems.push({ file, ...read.problem });
    return { ...unreadable(file, relative), problems };
  }
  const text = read.text;
  const { data, lineOf, errors, refused, body } = readFrontmatter(text);
  for (const error of errors) problems.push({ file, line: error.line, field: "frontmatter", message: error.message });
  for (const problem of read.problems) problems.push({ file, ...problem });
  // A refused block (too big, too deep, aliases, code) is hostile: nothing else of the file is read.
  if (refused) return { ...unreadable(file, relative), lineOf, problems };
  if (body && body.text.trim() === "") {
    problems.push({ file, line: body.line, field: "body", message: "is empty, expected the post's text after ---" });
  }
  const fieldProblems = data ? checkFields(data, schema, authors) : [];
  for (const problem of fieldProblems) problems.push({ file, line: lineOf(problem.field), ...problem });

  // The compile refuses a body past the limits a parser can take (lib/content/safe-markdown.ts) before parsing it.
  const compiled = await compilePost(text);
  if ("problems" in compiled) {
    // The compile guards against hidden characters too: those the file's reading found are listed once.
    const known = new Set(problems.map((p) => `${p.line}\0${p.field}\0${p.message}`));
    for (const p of compiled.problems) {
      if (!known.has(`${p.line}\0${p.construct}\0${p.message}`)) {
        problems.push({ file, line: p.line, field: p.construct, message: p.message });
      }
    }
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
    body:
      "post" in compiled
        ? {
            headings: new Set(compiled.post.ids),
            references: compiled.post.references,
            fileUses: compiled.post.fileUses,
          }
        : compiled.references && {
            headings: new Set(compiled.ids ?? []),
            references: compiled.references,
            fileUses: [],
          },
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
