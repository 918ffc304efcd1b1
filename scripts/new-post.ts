// `npm run new-post -- --title "…" --author <slug> [--tags a,b] [--date YYYY-MM-DD]`
// Writes content/posts/<slug>.mdx as a draft; never overwrites an existing post.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readAuthorSlugs, readTagSlugs } from "../lib/content/places";
import { todayUtc } from "../lib/content/publishing";
import { scaffoldPost } from "../lib/content/new-post";

const contentDir = process.env.CONTENT_DIR ?? "content";
const { values } = parseArgs({
  options: {
    title: { type: "string", default: "" },
    author: { type: "string", default: "" },
    tags: { type: "string", default: "" },
    date: { type: "string" },
  },
});

const authors = readAuthorSlugs(contentDir);
const tags = readTagSlugs(contentDir);

const post = scaffoldPost(
  {
    title: values.title,
    author: values.author,
    tags: values.tags
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    date: values.date ?? todayUtc(),
  },
  { authors, tags },
);
if ("errors" in post) {
  for (const error of post.errors) console.error(`new-post: ${error}`);
  process.exit(1);
}
const file = path.join(contentDir, "posts", `${post.slug}.mdx`);
if (existsSync(file)) {
  console.error(`new-post: ${file} already exists; pick another title or edit that post.`);
  process.exit(1);
}
writeFileSync(file, post.source, { flag: "wx" });
console.log(`Created ${file} (draft). Next: npm run dev, then npm run check before opening the pull request.`);
