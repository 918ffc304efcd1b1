/**
 * Writes a synthetic content folder (the real authors and tags, N generated posts dated up to yesterday)
 * and prints its path: `tsx scripts/synthetic-content.ts <folder> <count>`. The end-to-end tests build
 * the journal from it to see an index longer than one page; it never writes into content/.
 */
import path from "node:path";
import { writeSyntheticContent } from "./bench/corpus-dir";
import { todayUtc } from "../lib/content/content-query";

const [folder, countArg] = process.argv.slice(2);
const count = Number(countArg);
if (!folder || !Number.isInteger(count) || count < 1) {
  console.error("usage: tsx scripts/synthetic-content.ts <folder> <count>");
  process.exit(2);
}
const root = process.cwd();
const dir = path.resolve(root, folder);
// The folder is emptied first: inside the repository, only a folder under .tmp/ may be.
const inside = (parent: string) => dir.startsWith(parent + path.sep);
if (root === dir || root.startsWith(dir + path.sep) || (inside(root) && !inside(path.join(root, ".tmp")))) {
  console.error(`synthetic-content: refusing to replace ${dir}: use a folder under .tmp/ or outside the repository`);
  process.exit(2);
}
console.log(writeSyntheticContent(root, count, todayUtc(), dir));
