/** Memory of a process and all its descendants, read from /proc (Linux): Next builds in worker processes. */
import { readdirSync, readFileSync } from "node:fs";

function parentOf(pid: number): number | undefined {
  try {
    // The command name (2nd field) may contain spaces; fields after the closing ")" are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function rssBytes(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return pages * 4096;
  } catch {
    return 0;
  }
}

/** Resident memory of `root` and every descendant, in bytes. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() ?? root;
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's memory until stopped; returns the peak seen. */
export function samplePeakRss(root: number, everyMs = 200): () => number {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(root))), everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}
