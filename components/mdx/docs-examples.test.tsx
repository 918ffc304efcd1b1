// The examples in docs/components.md must pass the content check and render: the docs can't drift.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { findDroppedConstructs, parseMdx } from "@/lib/content/body-tree";
import { renderMdx } from "@/lib/render/mdx";
import { readFigureProps } from "./figure-props";
import { mdxComponentsFor } from "./index";
import { mdxComponentNames } from "@/lib/content/mdx-components";
import { noPostFiles, postFilesAt } from "@/lib/content/post-files";
import { count, textOf } from "./test-html";

const docs = readFileSync(path.resolve(import.meta.dirname, "../../docs/components.md"), "utf8");
const examples = [...docs.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

test("the docs hold one example per component, and every name is mapped", () => {
  assert.equal(examples.length, 5);
  for (const name of ["Callout", "Figure", "StateMachine", "Sequence", "Chart"]) {
    assert.equal(examples.filter((e) => e.startsWith(`<${name}`)).length, 1, name);
  }
  const components = mdxComponentsFor(noPostFiles("docs/components.md"));
  assert.deepEqual(
    mdxComponentNames.filter((name) => !(name in components)),
    [],
  );
});

test("every example passes the content check", () => {
  for (const example of examples) assert.deepEqual(findDroppedConstructs(parseMdx(example)), []);
});

test("the Callout, StateMachine and Sequence examples render", async () => {
  const render = async (start: string) =>
    renderToStaticMarkup((await renderMdx(examples.find((e) => e.startsWith(start)) ?? "")).content);
  assert.match(await render("<Callout"), /^<aside role="note"[^>]*data-callout="warning".*<strong>void<\/strong>/s);
  const machine = await render("<StateMachine");
  assert.equal(count(machine, /data-state="/), 4);
  assert.equal(count(machine, /data-edge=""/), 4);
  const sequence = await render("<Sequence");
  assert.equal(count(sequence, /data-message="/), 4);
  assert.equal(count(sequence, /data-reply="true"/), 1);
});

test("the Figure example's props are valid (its image is illustrative: figure.test.tsx renders real ones)", () => {
  const example = examples.find((e) => e.startsWith("<Figure")) ?? "";
  const attributes = Object.fromEntries([...example.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  assert.deepEqual(Object.keys(readFigureProps(attributes)), ["src", "alt", "caption", "dark"]);
  assert.equal(readFigureProps(attributes).dark, "./dashboard-dark.png");
});

test("the Chart example reads its data as a post in test/fixtures/charts/example/ would, and renders it", async () => {
  const example = examples.find((e) => e.startsWith("<Chart")) ?? "";
  const files = postFilesAt(path.resolve(import.meta.dirname, "../../test/fixtures/charts/example/index.mdx"));
  const html = renderToStaticMarkup((await renderMdx(example, "docs/components.md", files)).content);
  assert.equal(count(html, /<svg role="img"/), 2);
  assert.equal(count(html, /<tr>/), 11);
  assert.match(textOf(html), /Chart as data/);
});
