/**
 * `npm run check`: every problem in the content folder, one line each, with file, line and field.
 * Reads the files itself (the generated collection has no line numbers) but takes the field
 * definitions from the contentlayer schema, so the two can't disagree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { Post } from "../../contentlayer.config";
import { tagSlugsIn } from "../content/content-files";
import { isPublished, todayUtc } from "../content/content-query";
import { findDuplicates, findPostProblems } from "../content/content-rules";
import type { FieldDef } from "./fields";
import { brokenReason, headingIds, references, type Site } from "./links";
import { compareProblems, type CheckProblem } from "./problem";
import { readPost, type ReadPost } from "./read-post";

type Options = { contentDir: string; publicDir: string; today?: string };

/** The post fields as declared in contentlayer.config.ts (an object or a list there). */
function postSchema(): Record<string, FieldDef> {
  const fields = Post.def().fields ?? {};
  return Array.isArray(fields) ? Object.fromEntries(fields.map((field) => [field.name, field])) : fields;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((entry) => statSync(path.join(dir, entry)).isFile())
    .sort();
}

function readTags(contentDir: string, problems: CheckProblem[]): string[] {
  const file = path.join(contentDir, "tags.yml");
  try {
    const tags = tagSlugsIn(readFileSync(file, "utf8"));
    if (tags) return tags;
    problems.push({
      file,
      line: 1,
      field: "tags",
      message: "is missing, expected a list of { slug, label, description }",
    });
  } catch (error) {
    problems.push({
      file,
      line: undefined,
      field: "tags.yml",
      message: `${String(error)}, expected a readable YAML file`,
    });
  }
  return [];
}

function siteOf(
  posts: readonly ReadPost[],
  authors: readonly string[],
  tags: readonly string[],
  publicDir: string,
  today: string,
): Site {
  const root = path.resolve(publicDir);
  return {
    posts: new Map(
      posts.map((post) => [
        post.source.slug,
        {
          published: isPublished({ ...post.source, draft: post.draft }, today),
          headings: post.tree ? headingIds(post.tree) : new Set<string>(),
        },
      ]),
    ),
    authors: new Set(authors.map((id) => path.basename(id, ".yml"))),
    tags: new Set(tags),
    publicFile: (urlPath) => {
      const target = path.join(root, decodeURIComponent(urlPath));
      return target.startsWith(root + path.sep) && existsSync(target) && statSync(target).isFile();
    },
  };
}

export function checkContent({ contentDir, publicDir, today = todayUtc() }: Options): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const schema = postSchema();
  const authors = filesUnder(path.join(contentDir, "authors")).map((file) => `authors/${file}`);
  const tags = readTags(contentDir, problems);
  const posts: ReadPost[] = [];

  for (const relative of filesUnder(path.join(contentDir, "posts"))) {
    const file = path.join(contentDir, "posts", relative);
    if (relative.endsWith(".mdx")) posts.push(readPost(file, relative, schema, authors));
    else
      problems.push({
        file,
        line: undefined,
        field: "file name",
        message: "is not an .mdx file, expected posts to be <slug>.mdx",
      });
  }

  for (const post of posts) {
    problems.push(...post.problems);
    if (post.reported === "all") continue;
    for (const p of findPostProblems(post.source, tags)) {
      if (!post.reported.has(p.field)) problems.push({ ...p, file: post.file, line: post.lineOf(p.field) });
    }
  }
  const byId = new Map(posts.map((post) => [post.source._raw.sourceFilePath, post]));
  for (const p of findDuplicates(posts.filter((post) => post.reported !== "all").map((post) => post.source))) {
    const post = byId.get(p.file);
    problems.push({ ...p, file: post?.file ?? p.file, line: post?.lineOf(p.field) });
  }

  const site = siteOf(posts, authors, tags, publicDir, today);
  for (const post of posts) {
    const from = site.posts.get(post.source.slug);
    if (!post.tree || !from) continue;
    for (const reference of references(post.tree)) {
      const reason = brokenReason(reference, from, site);
      if (reason) problems.push({ file: post.file, line: reference.line, field: reference.kind, message: reason });
    }
  }
  return problems.sort(compareProblems);
}
