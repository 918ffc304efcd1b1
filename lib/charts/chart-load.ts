/**
 * A <Chart> from its props and its post's files: the props checked, the data file read through the one resolver
 * (lib/content/post-files.ts), parsed and checked against the props. The content check reports `chartOf`'s
 * problems with the tag's line; the page and the feeds call `loadChart`, which refuses with the same messages.
 */
import type { PostFiles } from "../content/post-files";
import { formatCheckProblem } from "../content/problem";
import { parseDataTable } from "./chart-data";
import { buildChartModel, readChartSpec, type ChartModel, type ChartProblem } from "./chart-model";

type Data = ReturnType<typeof parseDataTable> | { problem: string };
/** Each post's data files, read and parsed once however many charts draw from each. */
const parsed = new WeakMap<PostFiles, Map<string, Data>>();

function dataOf(files: PostFiles, reference: string): Data {
  const byReference = parsed.get(files) ?? new Map<string, Data>();
  parsed.set(files, byReference);
  let data = byReference.get(reference);
  if (!data) {
    const file = files.read(reference);
    data = "problem" in file ? file : parseDataTable(file.file, file.text);
    byReference.set(reference, data);
  }
  return data;
}

export function chartOf(
  props: Readonly<Record<string, unknown>>,
  files: PostFiles,
): { model: ChartModel } | { problems: ChartProblem[] } {
  const read = readChartSpec(props);
  if ("problems" in read) return read;
  const data = dataOf(files, read.spec.data);
  if ("problem" in data) return { problems: [{ field: "<Chart data>", message: data.problem }] };
  const { table, problems } = data;
  if (!table) return { problems };
  // The rows the file could give are checked too, so one run names every problem of the file.
  const built = buildChartModel(read.spec, table);
  if (problems.length === 0) return built;
  const all = [...problems, ...("problems" in built ? built.problems : [])];
  return { problems: all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** The chart's model, or an Error listing every problem: a page never draws a chart from data the check refuses. */
export function loadChart(props: Readonly<Record<string, unknown>>, files: PostFiles): ChartModel {
  const result = chartOf(props, files);
  if ("model" in result) return result.model;
  // A prop's problem names the post (the tag's line is the check's).
  throw new Error(result.problems.map((p) => formatCheckProblem({ ...p, file: p.file ?? files.post })).join("\n"));
}
