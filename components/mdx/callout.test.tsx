import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { Callout, type CalloutProps } from "./callout";
import { readCalloutProps } from "./callout-props";

test("a callout is an aside with role note, named by its label and title", () => {
  const html = renderToStaticMarkup(
    <Callout type="warning" title="Refunds are not voids">
      <p>A refund moves money back.</p>
    </Callout>,
  );
  const labelId = html.match(/<aside role="note" aria-labelledby="([^"]+)" data-callout="warning"/)?.[1];
  assert.ok(labelId, html);
  const label = html.match(new RegExp(`<p id="${labelId}"[^>]*>(.*?)</p>`))?.[1] ?? "";
  assert.equal(label.replace(/<[^>]+>/g, ""), "Warning: Refunds are not voids");
  assert.match(html, /<p>A refund moves money back\.<\/p><\/div><\/aside>$/);
});

test("a callout is a note by default and its label stands alone without a title", () => {
  const html = renderToStaticMarkup(<Callout>Plain text.</Callout>);
  assert.match(html, /data-callout="note"/);
  assert.match(html, />Note<\/span><\/p>/);
  assert.doesNotMatch(html, /sr-only/);
});

test("every type has its own colours, from custom properties", () => {
  for (const type of ["note", "warning", "danger"] as const) {
    const html = renderToStaticMarkup(<Callout type={type}>x</Callout>);
    assert.match(html, new RegExp(`bg-\\(--callout-${type}-bg\\)`));
    assert.match(html, new RegExp(`text-\\(--callout-${type}-label\\)`));
  }
});

test("an unknown type, an unknown prop or no content fails the build", () => {
  const props = (more: Record<string, unknown>) => ({ children: "x", ...more });
  assert.throws(
    () => readCalloutProps(props({ type: "tip" })),
    /^Error: <Callout type="tip">: prop "type": expected one of "note", "warning", "danger"; got "tip"\.$/,
  );
  assert.throws(() => readCalloutProps(props({ kind: "note" })), /<Callout>: prop "kind": expected a known prop/);
  assert.throws(
    () => readCalloutProps({ title: "Empty" }),
    /<Callout title="Empty">: prop "children": expected Markdown between <Callout> and <\/Callout>; got no content/,
  );
  const untyped: CalloutProps = { children: " \n " };
  assert.throws(() => renderToStaticMarkup(<Callout {...untyped} />), /prop "children"/);
});
