/**
 * The files of post folders (`posts/<slug>/index.mdx` and its images and data): each within the size limit, used
 * by its post through a reference the resolver accepts (lib/content/post-files.ts), and each image passing its
 * rules (lib/media/image-reading.ts), read as the image step reads it. A file of a kind no post may hold never
 * gets here: the content folder's places refuse it (lib/content/places.ts).
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { POST_INDEX, postFileKind, postFileReferenceProblem, postFolder, resolvePostFile } from "../content/post-files";
import { readImage } from "../media/image-reading";
import { bytesProblem } from "../media/image-rules";
import type { CheckProblem } from "../content/problem";
import type { ReadPost } from "./read-post";

/** The files under posts/ of the content folder's `files` (from contentEntries), "/"-separated. */
export const postFilesOf = (files: readonly string[]) =>
  files.map((file) => file.split(path.sep).join("/")).filter((file) => file.startsWith("posts/"));

/** The post folder a file is in (the nearest folder above it holding index.mdx), from the content folder. */
function folderOf(file: string, folders: ReadonlySet<string>): string | undefined {
  for (let dir = path.posix.dirname(file); dir !== "posts" && dir !== "."; dir = path.posix.dirname(dir)) {
    if (folders.has(dir)) return dir;
  }
  return undefined;
}

/**
 * Problems of the post folders under `contentDir`: `files` are every file under posts/ (from the content folder,
 * "/"-separated) and `posts` the posts read from them.
 */
export async function checkPostFiles(
  contentDir: string,
  posts: readonly ReadPost[],
  files: readonly string[],
): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  const shown = (file: string) => path.join(contentDir, file);
  const folders = new Set(files.filter((file) => file.endsWith(`/${POST_INDEX}`)).map(path.posix.dirname));
  const used = new Set<string>();

  for (const post of posts) {
    const source = post.source._raw.sourceFilePath;
    const outer = folderOf(source, folders);
    if (outer && outer !== postFolder(source)) {
      problems.push({
        file: post.file,
        line: undefined,
        field: "file name",
        message: `is inside the folder of ${outer}/${POST_INDEX}, expected one post a folder`,
      });
    }
    for (const reference of post.body?.references ?? []) {
      // A reference the body rules refuse (not ./…, wrong kind) is reported by them.
      if (reference.kind === "link" || postFileReferenceProblem(reference.url, reference.kind)) continue;
      const resolved = resolvePostFile(contentDir, source, reference.url, reference.kind);
      if ("problem" in resolved) {
        problems.push({ file: post.file, line: reference.line, field: reference.kind, message: resolved.problem });
      } else used.add(resolved.path);
    }
  }

  for (const file of files) {
    if (file.endsWith(".mdx")) continue;
    const kind = postFileKind(file);
    const folder = folderOf(file, folders);
    const problem = (message: string, line?: number, field = "file") =>
      problems.push({ file: shown(file), line, field, message });
    if (!folder) {
      problem(`belongs to no post, expected it beside the post that uses it, in posts/<slug>/ with ${POST_INDEX}`);
    } else if (!used.has(file)) {
      problem(
        `is not used by ${folder}/${POST_INDEX}, expected the post to show it (e.g. ${kind === "data" ? `<Chart data="./${path.posix.relative(folder, file)}">` : `![alt](./${path.posix.relative(folder, file)})`}) or the file removed`,
      );
    }
    const tooBig = bytesProblem(statSync(shown(file)).size);
    if (tooBig) problem(tooBig);
    else if (kind === "image") {
      const reading = await readImage(readFileSync(shown(file)), file);
      if ("problems" in reading) for (const p of reading.problems) problem(p.message, p.line, p.field);
    }
  }
  return problems;
}
