/** content/authors/<slug>.yml: one file per author, with the fields of the Author type. */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { Author } from "../content/schema";
import { assetSizeProblem, AUTHOR_FILE, contentEntries, placeOf } from "../content/places";
import { decodedEscapes } from "../content/body-rules";
import { SLUG } from "../content/field-rules";
import { fieldProblems, readDataFile } from "./data-file";
import { fieldsOf } from "./fields";
import type { CheckProblem } from "../content/problem";

/** Why `avatar` can't be shown, if it can't: a path on this site to a file under public/. */
function avatarProblem(avatar: string, publicDir: string): string | undefined {
  const example = "expected a file under public/ as a path such as /authors/ada-lovelace.jpg";
  if (!/^\/(?!\/)[^\\?#\s]*$/.test(avatar)) return `${JSON.stringify(avatar)} is not a path on this site, ${example}`;
  const root = path.resolve(publicDir);
  const decoded = decodedEscapes(avatar);
  if (decoded === undefined) return `${JSON.stringify(avatar)} is not a valid path, ${example}`;
  const target = path.join(root, decoded);
  if (!target.startsWith(root + path.sep)) return `${avatar} leads out of public/, ${example}`;
  if (!existsSync(target) || !statSync(target).isFile()) return `${avatar} does not exist, ${example}`;
  const tooBig = assetSizeProblem(statSync(target).size);
  return tooBig && `${avatar} ${tooBig}`;
}

/** Reports every author file's problems; returns the references posts may use (`authors/<slug>.yml`). */
export function checkAuthors(contentDir: string, publicDir: string, problems: CheckProblem[]): string[] {
  const dir = path.join(contentDir, "authors");
  const schema = fieldsOf(Author.def().fields);
  const authors: string[] = [];
  // Symbolic links and files that are not author files are reported by the content folder's walk (check-content.ts).
  for (const entry of contentEntries(dir).files) {
    const file = path.join(dir, entry);
    if (placeOf(path.join("authors", entry)) !== AUTHOR_FILE) continue;
    authors.push(`authors/${entry}`);
    const slug = path.basename(entry, ".yml");
    if (!SLUG.test(slug)) {
      problems.push({
        file,
        line: 1,
        field: "file name",
        message: `"${slug}" is not a slug, expected lowercase letters, digits and single hyphens`,
      });
    }
    const author = readDataFile(file, "name: and role: fields", problems);
    if (!author) continue;
    const lineOf = (field: string) => author.lineOf([field]);
    for (const problem of fieldProblems(file, author.data, schema, lineOf, 1)) problems.push(problem);
    const avatar = author.data["avatar"];
    const reason = typeof avatar === "string" ? avatarProblem(avatar, publicDir) : undefined;
    if (reason) problems.push({ file, line: lineOf("avatar") ?? 1, field: "avatar", message: reason });
  }
  return authors;
}
