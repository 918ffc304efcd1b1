// Rewrites the data files behind the posts' charts from scripts/figures/illustrative-data.ts.
// Usage: npx tsx scripts/figure-data.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { illustrativeData } from "./figures/illustrative-data";

const posts = path.join(process.cwd(), "content", "posts");
for (const { file, csv } of illustrativeData()) {
  mkdirSync(path.dirname(path.join(posts, file)), { recursive: true });
  writeFileSync(path.join(posts, file), csv);
  console.log(`content/posts/${file}`);
}
