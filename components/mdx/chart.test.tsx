import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { postFileUseProblems } from "@/lib/check/post-file-uses";
import { postFileUses } from "@/lib/content/references";
import { formatCheckProblem } from "@/lib/content/problem";
import { parseMdx } from "@/lib/content/body-tree";
import { postFilesAt } from "@/lib/content/post-files";
import { renderMdx } from "@/lib/render/mdx";
import { renderMdxToStaticHtml } from "@/lib/render/mdx-static";
import { feedMdxComponents } from "./feed";
import { attributes, count, textOf } from "./test-html";

const root = mkdtempSync(path.join(tmpdir(), "journal-chart-"));
after(() => rmSync(root, { recursive: true, force: true }));
// A post with files of its own is a folder: posts/<slug>/index.mdx beside them.
const folder = path.join(root, "posts", "rates");
mkdirSync(folder, { recursive: true });
const post = path.join(folder, "index.mdx");
const files = postFilesAt(post);
const rows = [
  ["2024-01-01", "94.1", "92.8"],
  ["2024-01-08", "94.6", "93.1"],
  ["2024-01-15", "95.0", "90.4"],
];
writeFileSync(path.join(folder, "rates.csv"), `week,Visa,Mastercard\n${rows.map((row) => row.join(",")).join("\n")}\n`);
writeFileSync(path.join(folder, "bad.csv"), 'week,Visa,Mastercard\n2024-01-01,94.1,92.8\n2024-01-08,"12,3",93.1\n');

const chart = (data: string) =>
  `<Chart type="line" data="${data}" x="week" y="Visa,Mastercard" xLabel="Week" yLabel="Authorization rate" unit="%" title="Authorization rate by week" description="Visa holds steady; Mastercard dips." />`;
const render = async (source: string) => renderToStaticMarkup((await renderMdx(source, "rates.mdx", files)).content);

describe("a chart on the page", () => {
  let html: string;
  before(async () => {
    html = await render(chart("./rates.csv"));
  });

  test("is a figure with its caption, a legend, two SVG images (wide, narrow), each titled and described", () => {
    assert.match(
      html,
      /^<figure class="[^"]*@container[^"]*" data-chart="line" id="chart-authorization-rate-by-week-[\w-]+">/,
    );
    assert.match(html, /<figcaption id="[^"]+-caption"[^>]*>Authorization rate by week<\/figcaption>/);
    const svgs = [...html.matchAll(/<svg role="img" ([^>]*)>/g)].map((m) => m[1] ?? "");
    assert.equal(svgs.length, 2);
    for (const svg of svgs) {
      const [title] = attributes(` ${svg}`, "aria-labelledby");
      const [desc] = attributes(` ${svg}`, "aria-describedby");
      assert.match(
        html,
        new RegExp(`<title id="${title}">Authorization rate by week</title><desc id="${desc}">Visa holds`),
      );
    }
    // Two legend swatches, then the wide and the narrow drawing.
    assert.deepEqual(attributes(html, "viewBox"), ["0 0 30 14", "0 0 30 14", "0 0 640 360", "0 0 320 300"]);
  });

  test("names each series in the legend and, on the wide drawing, at the end of its line", () => {
    assert.deepEqual(attributes(html, "data-legend"), ["Visa", "Mastercard"]);
    assert.deepEqual(attributes(html, "data-series"), ["Visa", "Mastercard", "Visa", "Mastercard"]);
    assert.equal(count(html, /font-weight="600"[^>]*>Visa<\/text>/), 1);
    assert.equal(count(html, /font-weight="600"[^>]*>Mastercard<\/text>/), 1);
    // Told apart by more than colour: the second series is dashed and has another marker.
    assert.equal(count(html, /stroke-dasharray="7 4"/), 3);
  });

  test("draws in the theme's variables only", () => {
    assert.deepEqual([...new Set([...html.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]))].sort(), [
      "--chart-series-1",
      "--chart-series-2",
    ]);
    assert.doesNotMatch(html, /#[0-9a-f]{3,6}\b/i);
  });

  test("offers the data as a table whose rows are the file's, with the unit in the headings", () => {
    assert.match(textOf(html), /Chart as data: Authorization rate by week/);
    const table = html.slice(html.indexOf("<table>"));
    assert.deepEqual(
      [...table.matchAll(/<th scope="col">(.*?)<\/th>/g)].map((m) => m[1]),
      ["Week", "Visa (%)", "Mastercard (%)"],
    );
    const body = [...table.matchAll(/<tr>(.*?)<\/tr>/g)]
      .slice(1)
      .map((m) => [...(m[1] ?? "").matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]));
    assert.deepEqual(body, rows);
  });
});

describe("a chart in the feeds", () => {
  let html: string;
  before(async () => {
    html = await renderMdxToStaticHtml(chart("./rates.csv"), feedMdxComponents("/posts/rates", files));
  });

  test("is its title, description and data table, with a link to the drawing; no SVG, no classes", () => {
    assert.match(
      html,
      /<figcaption><strong>Authorization rate by week<\/strong> \(chart as data; <a href="\/posts\/rates">/,
    );
    assert.match(html, /<p>Visa holds steady; Mastercard dips.<\/p><table>/);
    assert.equal(count(html, /<tr>/), rows.length + 1);
    assert.doesNotMatch(html, /<svg|class=|style=/);
  });
});

describe("bad data", () => {
  test("the page refuses with the content check's own lines", async () => {
    const source = `Intro.\n\n${chart("./bad.csv")}\n\n${chart("./missing.csv")}`;
    const checked = postFileUseProblems(post, postFileUses(parseMdx(source))).map(formatCheckProblem);
    assert.deepEqual(checked, [
      `${path.join(folder, "bad.csv")}:3: column "Visa": "12,3" is not a number, expected a number written like 1234.5 (a dot for decimals, no thousands separator, no unit)`,
      `${post}:5: <Chart data>: "./missing.csv": no file posts/rates/missing.csv, expected a file beside the post`,
    ]);
    await assert.rejects(render(chart("./bad.csv")), { message: checked[0] });
    // The page has no line numbers for the tag: it names the post.
    await assert.rejects(render(chart("./missing.csv")), {
      message: (checked[1] ?? "").replace(`${post}:5:`, `${post}:`),
    });
  });

  test("content between the tags is refused by the check and the page alike", async () => {
    const source = chart("./rates.csv").replace(" />", ">\n\nA caption\n\n</Chart>");
    const [checked] = postFileUseProblems(post, postFileUses(parseMdx(source))).map(formatCheckProblem);
    assert.equal(checked, `${post}:1: <Chart>: has content, expected a self-closing <Chart … />`);
    await assert.rejects(render(source), {
      message: `${post}: <Chart>: has content, expected a self-closing <Chart … />`,
    });
  });

  test("a body rendered without its post reads no file", async () => {
    const { content } = await renderMdx(chart("./rates.csv"));
    assert.throws(
      () => renderToStaticMarkup(content),
      /"\.\/rates\.csv": this body is rendered without its post's folder/,
    );
  });
});
