// Prints the word count and reading time of MDX files, as the journal will compute them.
// Usage: npx tsx scripts/reading-time.ts content/posts/*.mdx
import { readFileSync } from "node:fs";
import { readingTime } from "../lib/reading-time";
import { formatReadingTime } from "../lib/format";

const frontmatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

for (const file of process.argv.slice(2)) {
  const body = readFileSync(file, "utf8").replace(frontmatter, "");
  const { words, minutes } = readingTime(body);
  console.log(`${file}: ${words} words, ${formatReadingTime(minutes)}`);
}
