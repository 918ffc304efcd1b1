/**
 * The tags of a post that read files beside it (a <Chart>'s data), and their problems. The rules are the ones the
 * page renders with (lib/charts/chart-load.ts), reading through the same resolver (lib/content/post-files.ts):
 * the check reports each problem on the tag's line, or on the data file's line when the data is at fault.
 */
import { chartOf } from "../charts/chart-load";
import { postFilesAt } from "../content/post-files";
import type { PostFileUse } from "../content/references";
import type { CheckProblem } from "../content/problem";

/**
 * The problems of each use in the post at `postFile` (whether each file is used is lib/check/post-files.ts's). A data
 * file's own problems are reported once, however many charts draw from it.
 */
export function postFileUseProblems(postFile: string, uses: readonly PostFileUse[]): CheckProblem[] {
  const files = postFilesAt(postFile);
  const reported = new Set<string>();
  return uses.flatMap((use) => {
    if (use.component !== "Chart") return [];
    const chart = chartOf(use.props, files);
    if ("model" in chart) return [];
    return chart.problems.flatMap(({ file, line, field, message }) => {
      if (file === undefined) return [{ file: postFile, line: use.line, field, message }];
      const key = JSON.stringify([file, line, field, message]);
      if (reported.has(key)) return [];
      reported.add(key);
      return [{ file, line, field, message }];
    });
  });
}
