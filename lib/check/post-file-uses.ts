/**
 * The tags of a post that read files beside it (a <Chart>'s data), and their problems. The rules are the ones the
 * page renders with (lib/charts/chart-load.ts), reading through the same resolver (lib/content/post-files.ts):
 * the check reports each problem on the tag's line, or on the data file's line when the data is at fault.
 */
import { chartOf } from "../charts/chart-load";
import { postFilesAt } from "../content/post-files";
import type { PostFileUse } from "../content/references";
import type { CheckProblem } from "../content/problem";

/** The problems of each use in the post at `postFile` (whether each file is used is lib/check/post-files.ts's). */
export function postFileUseProblems(postFile: string, uses: readonly PostFileUse[]): CheckProblem[] {
  const files = postFilesAt(postFile);
  return uses.flatMap((use) => {
    if (use.component !== "Chart") return [];
    const chart = chartOf(use.props, files);
    if ("model" in chart) return [];
    return chart.problems.map(({ file, line, field, message }) =>
      file === undefined ? { file: postFile, line: use.line, field, message } : { file, line, field, message },
    );
  });
}
