import assert from "node:assert/strict";
import { test } from "node:test";
import type { PostFiles } from "../content/post-files";
import { chartOf } from "./chart-load";

/** A post's files holding `data.csv`, counting how often it is read. */
function filesWith(text: string) {
  const reads: string[] = [];
  const files: PostFiles = {
    post: "posts/p/index.mdx",
    source: undefined,
    read: (reference) => {
      reads.push(reference);
      return { file: "posts/p/data.csv", text };
    },
  };
  return { files, reads };
}

const props = (y: string) => ({ data: "./data.csv", x: "week", y, title: "T", description: "D." });

test("a post's data file is read once, however many charts draw from it", () => {
  const { files, reads } = filesWith("week,a,b\n2024-01-01,1,2\n2024-01-08,3,4\n");
  for (const y of ["a", "b", "a,b"]) assert.ok("model" in chartOf(props(y), files));
  assert.deepEqual(reads, ["./data.csv"]);
  // Another post's files are another reading.
  const other = filesWith("week,a\n2024-01-01,x\n2024-01-08,2\n");
  assert.deepEqual(chartOf(props("a"), other.files), {
    problems: [
      {
        file: "posts/p/data.csv",
        line: 2,
        field: 'column "a"',
        message:
          '"x" is not a number, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)',
      },
    ],
  });
});
