/**
 * The tags of a post that read files beside it (a <Chart>'s data), and their problems. The rules are the ones the
 * page renders with (lib/charts/chart-load.ts), reading through the same resolver (lib/content/post-files.ts):
 * the check reports each problem on the tag's line, or on the data file's line when the data is at fault.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { chartOf } from "../charts/chart-load";
import { mdxComponentPostFiles } from "../content/mdx-components";
import { postFilesAt, type PostFiles } from "../content/post-files";
import type { CheckProblem } from "./problem";

/** A tag as written: its component, line and literal attributes (a bare attribute is `true`, as MDX passes it). */
export type PostFileUse = { component: string; line: number | undefined; props: Record<string, string | true> };

export function postFileUses(tree: Root): PostFileUse[] {
  const uses: PostFileUse[] = [];
  visit(tree, (node) => {
    if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
    const component = node.name ?? "";
    if (!Object.hasOwn(mdxComponentPostFiles, component)) return;
    const props: Record<string, string | true> = {};
    for (const attribute of node.attributes) {
      // Expressions are refused by the body rules; they never reach a component.
      if (attribute.type === "mdxJsxAttribute" && typeof attribute.value !== "object")
        props[attribute.name] = attribute.value ?? true;
    }
    // Content between the tags reaches the component as `children`, which it refuses.
    if (node.children.length > 0) props["children"] = true;
    uses.push({ component, line: node.position?.start.line, props });
  });
  return uses;
}

/**
 * The problems of each use in the post at `postFile`; every file a use read is added to `used` (a file beside
 * the posts that none of them reads is reported apart).
 */
export function postFileUseProblems(postFile: string, uses: readonly PostFileUse[], used: Set<string>): CheckProblem[] {
  const disk = postFilesAt(postFile);
  const files: PostFiles = {
    post: disk.post,
    read(reference) {
      const file = disk.read(reference);
      if ("file" in file) used.add(file.file);
      return file;
    },
  };
  return uses.flatMap((use) => {
    if (use.component !== "Chart") return [];
    const chart = chartOf(use.props, files);
    if ("model" in chart) return [];
    return chart.problems.map(({ file, line, field, message }) =>
      file === undefined ? { file: postFile, line: use.line, field, message } : { file, line, field, message },
    );
  });
}
