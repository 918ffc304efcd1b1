// Prints the word count and reading time of MDX files, as the journal computes them.
// Usage: npm run reading-time -- content/posts/*.mdx
import { readFileSync } from "node:fs";
import { formatReadingTime } from "../lib/render/format";
import { parseMdx, plainText } from "../lib/content/body-tree";
import { readingTime } from "../lib/content/reading-time";

for (const file of process.argv.slice(2)) {
  const { words, minutes } = readingTime(plainText(parseMdx(readFileSync(file, "utf8"))));
  console.log(`${file}: ${words} words, ${formatReadingTime(minutes)}`);
}
