/**
 * `npm run check`: every problem in the content folder (posts, authors, the tag registry), one line each,
 * with file, line and field. Reads the files itself (the generated collection has no line numbers) but takes
 * the field definitions from the contentlayer schema, so the two can't disagree.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Post } from "../content/schema";
import { contentEntries } from "../content/content-files";
import { isPublished, todayUtc } from "../content/content-query";
import { findDuplicates, findPostProblems, findSeriesProblems } from "../content/content-rules";
import { checkAuthors } from "./authors";
import { checkPostFiles, postFilesOf } from "./post-files";
import { fieldsOf } from "./fields";
import { brokenReason, type Site } from "./links";
import { compareProblems, type CheckProblem } from "./problem";
import { readPostCached, type ReadPost } from "./read-post";
import { checkSeriesRegistry, checkTagRegistry } from "./registry";

type Options = { contentDir: string; publicDir: string; today?: string };

/** Links are refused everywhere in the content folder: one could make the build read any file of the machine. */
export function symbolicLink(file: string): CheckProblem {
  return { file, line: undefined, field: "file", message: "is a symbolic link, expected a regular file" };
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
          headings: post.body?.headings ?? new Set<string>(),
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
  const schema = fieldsOf(Post.def().fields);
  const authors = checkAuthors(contentDir, publicDir, problems);
  const tags = checkTagRegistry(contentDir, problems);
  const series = checkSeriesRegistry(contentDir, problems);
  const posts: ReadPost[] = [];

  const { files, links } = contentEntries(contentDir);
  for (const link of links) problems.push(symbolicLink(path.join(contentDir, link)));
  const inPosts = files
    .filter((file) => file.startsWith(`posts${path.sep}`))
    .map((file) => path.relative("posts", file));
  for (const relative of inPosts.filter((file) => file.endsWith(".mdx"))) {
    posts.push(readPostCached(path.join(contentDir, "posts", relative), relative, schema, authors));
  }
  // A post's images and data, and any other file under posts/ (post-files.ts).
  problems.push(...checkPostFiles(contentDir, posts, postFilesOf(files)));

  for (const post of posts) {
    problems.push(...post.problems);
    if (post.reported === "all") continue;
    for (const p of findPostProblems(post.source, tags, today)) {
      if (!post.reported.has(p.field)) problems.push({ ...p, file: post.file, line: post.lineOf(p.field) });
    }
  }
  const byId = new Map(posts.map((post) => [post.source._raw.sourceFilePath, post]));
  const readable = posts.filter((post) => post.reported !== "all").map((post) => post.source);
  for (const p of [...findDuplicates(readable), ...findSeriesProblems(readable, series)]) {
    const post = byId.get(p.file);
    problems.push({ ...p, file: post?.file ?? p.file, line: post?.lineOf(p.field) });
  }

  const site = siteOf(posts, authors, tags, publicDir, today);
  for (const post of posts) {
    const from = site.posts.get(post.source.slug);
    if (!post.body || !from) continue;
    for (const reference of post.body.references) {
      if (reference.kind !== "link") continue; // a file of the post: checkPostFiles
      const reason = brokenReason(reference, from, site);
      if (reason) problems.push({ file: post.file, line: reference.line, field: reference.kind, message: reason });
    }
  }
  return problems.sort(compareProblems);
}
