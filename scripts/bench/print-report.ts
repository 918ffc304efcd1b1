import { goals, verdictOf } from "./goals";
import { budgets, megabytes, type BenchReport } from "./report";

/** The bench's terminal report: corpora, page weights and Lighthouse, then every budget. */
export function printReport(report: BenchReport): void {
  const rows: string[][] = [["corpus", "content s", "clean build s", "rebuild s", "peak memory", "output", "pages"]];
  for (const c of report.corpora) {
    rows.push([
      `${c.label} (${c.posts})`,
      c.contentSeconds.toFixed(1),
      c.buildSeconds?.toFixed(1) ?? "-",
      c.rebuildSeconds?.toFixed(1) ?? "-",
      c.peakRssBytes ? megabytes(c.peakRssBytes) : "-",
      c.outputBytes ? megabytes(c.outputBytes) : "-",
      String(c.pages ?? "-"),
    ]);
  }
  for (const s of report.scale)
    rows.push([
      `scale (${s.posts})`,
      s.contentSeconds.toFixed(1),
      s.buildSeconds.toFixed(1),
      "-",
      s.peakRssBytes ? megabytes(s.peakRssBytes) : "-",
      "-",
      "-",
    ]);
  const base = report.baseline;
  if (base) {
    rows.push([
      `${base.ref} (${base.posts})`,
      "-",
      base.oldSeconds.map((x) => x.toFixed(1)).join("/"),
      "-",
      megabytes(base.oldPeakRssBytes),
      "-",
      "-",
    ]);
    rows.push([
      `this (${base.posts}), alternated`,
      "-",
      base.newSeconds.map((x) => x.toFixed(1)).join("/"),
      "-",
      "-",
      "-",
      "-",
    ]);
    if (base.floor)
      rows.push([
        `bare Next site, alternated`,
        "-",
        base.floor.seconds.map((x) => x.toFixed(1)).join("/"),
        "-",
        "-",
        "-",
        String(base.floor.pages),
      ]);
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)}`;
  const weights: string[][] = [
    [
      "page",
      "HTML raw/gz KiB",
      "JS raw/gz KiB",
      "CSS raw/gz KiB",
      "font KiB",
      "LH perf/a11y/bp/seo",
      "LCP ms",
      "TBT ms",
      "CLS",
    ],
  ];
  for (const c of report.corpora) {
    for (const key of ["index", "post"] as const) {
      const w = c.weight?.[key];
      const l = c.lighthouse?.[key];
      weights.push([
        `${c.label} ${key}`,
        w ? `${kib(w.html.raw)}/${kib(w.html.gzip)}` : "-",
        w ? `${kib(w.js.raw)}/${kib(w.js.gzip)}` : "-",
        w ? `${kib(w.css.raw)}/${kib(w.css.gzip)}` : "-",
        w ? kib(w.fonts.largest) : "-",
        l ? `${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}` : "-",
        l ? String(l.lcpMs) : "-",
        l ? String(l.tbtMs) : "-",
        l ? String(l.cls) : "-",
      ]);
    }
  }
  const bare = report.framework;
  if (bare) {
    const { weight: w, lighthouse: l } = bare;
    weights.push([
      "bare Next 16 page",
      `${kib(w.html.raw)}/${kib(w.html.gzip)}`,
      `${kib(w.js.raw)}/${kib(w.js.gzip)}`,
      "-",
      "-",
      `${l.performance}/${l.accessibility}/${l.bestPractices}/${l.seo}`,
      String(l.lcpMs),
      String(l.tbtMs),
      String(l.cls),
    ]);
  }
  const table = (data: string[][]) => {
    const widths = data[0]?.map((_, i) => Math.max(...data.map((r) => (r[i] ?? "").length))) ?? [];
    return data.map((r) => r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ")).join("\n");
  };
  console.log(`\n${table(rows)}\n\n${table(weights)}\n`);
  if (report.devEditMs !== undefined)
    console.log(`dev: an MDX edit shows up in ${(report.devEditMs / 1000).toFixed(2)} s (median)\n`);
  const results = budgets(report);
  console.log(
    table([
      ["budget", "limit", "measured", ""],
      ...results.map((b) => [b.name, b.limit, b.value, b.pass ? "PASS" : "MISS"]),
    ]),
  );
  for (const profile of report.corpora.flatMap((c) => (c.profiles ? [{ label: c.label, ...c.profiles }] : []))) {
    for (const [kind, p] of [
      ["clean", profile.clean],
      ["rebuild", profile.rebuild],
    ] as const) {
      if (!p) continue;
      const parts = [...Object.entries(p.steps), ...Object.entries(p.next).map(([k, v]) => [`  ${k}`, v] as const)];
      const stores = p.stores.map((u) => `${u.store} ${u.hits} hit/${u.misses} made`).join(", ");
      console.log(
        `\n${profile.label} ${kind} build: ${parts.map(([k, v]) => `${k} ${Number(v).toFixed(1)} s`).join("; ")}`,
      );
      if (stores)
        console.log(
          `  cache: ${stores}; ours ${megabytes(p.cacheBytes ?? 0)}, Turbopack ${megabytes(p.turbopackBytes)}`,
        );
    }
  }
  const lines = goals(report);
  if (lines.length) {
    console.log("\nGoals of the build-speed issue:");
    for (const g of lines) {
      const limit = g.met === undefined ? g.limit : `budget ${g.limit}`;
      console.log(`  ${verdictOf(g).padEnd(7)}  ${g.goal}: ${g.value} (${limit})`);
    }
  }
}
