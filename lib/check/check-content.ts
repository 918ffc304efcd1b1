/**
 * `npm run check`: every problem in the content folder (posts, authors, the tag registry), one line each,
 * with file, line and field. Reads the files itself (the generated collection has no line numbers) but takes
 * the field definitions from the contentlayer schema, so the two can't disagree.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Post } from "../content/schema";
import { contentEntries, placeOf, SYMBOLIC_LINK, UNKNOWN_FILE } from "../content/places";
import { isPublished, todayUtc } from "../content/publishing";
import { findDuplicates, findPostProblems, findSeriesProblems } from "../content/field-rules";
import { checkAuthors } from "./authors";
import { checkPostFiles, postFilesOf } from "./post-files";
import { fieldsOf } from "./fields";
import { brokenReason, type Site } from "./links";
import { postFileUseProblems } from "./post-file-uses";
import { compareProblems, type CheckProblem } from "../content/problem";
import { readPost, type ReadPost } from "./read-post";
import { checkRegistry, registries } from "./registry";

type Options = { contentDir: string; publicDir: string; today?: string };

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
      const target = path.join(root, urlPath);
      if (!target.startsWith(root + path.sep) || !existsSync(target)) return undefined;
      const stat = statSync(target);
      return stat.isFile() ? { bytes: stat.size } : undefined;
    },
  };
}

export async function checkContent({ contentDir, publicDir, today = todayUtc() }: Options): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  const schema = fieldsOf(Post.def().fields);
  const authors = checkAuthors(contentDir, publicDir, problems);
  const tags = checkRegistry(registries.tags, contentDir, problems);
  const series = checkRegistry(registries.series, contentDir, problems);
  const posts: ReadPost[] = [];
  const postFiles: string[] = [];

  const { files, links } = contentEntries(contentDir);
  for (const link of links) {
    problems.push({ file: path.join(contentDir, link), line: undefined, field: "file", message: SYMBOLIC_LINK });
  }
  for (const relative of files) {
    const file = path.join(contentDir, relative);
    const place = placeOf(relative);
    if (!place) problems.push({ file, line: undefined, field: "file", message: UNKNOWN_FILE });
    else if (place.kind === "post") posts.push(await readPost(file, path.relative("posts", relative), schema, authors));
    else if (place.kind === "post file") postFiles.push(relative.split(path.sep).join("/"));
  }
  // A post's images and data, and any other file under posts/ (post-files.ts).
  const folders = postFilesOf(files).filter((file) => file.endsWith(".mdx"));
  for (const problem of await checkPostFiles(contentDir, posts, [...folders, ...postFiles])) problems.push(problem);

  for (const post of posts) {
    for (const problem of post.problems) problems.push(problem);
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
  // Each <Chart>'s data by the chart rules (whether a post uses each of its files is checkPostFiles's).
  // A file the post folder's rules already found missing or misplaced is not reported again by the chart's.
  const unresolved = new Set(problems.filter((p) => p.field === "data").map((p) => `${p.file}\0${p.line}`));
  for (const post of posts) {
    const uses = (post.body?.fileUses ?? []).filter((use) => !unresolved.has(`${post.file}\0${use.line}`));
    for (const problem of postFileUseProblems(post.file, uses)) problems.push(problem);
  }
  return problems.sort(compareProblems);
}
