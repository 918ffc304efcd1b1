import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { State, StateMachine, Transition } from "./state-machine";
import { attributes, count, textOf } from "./test-html";

const lifecycle = (
  <StateMachine title="Transaction lifecycle" description="From pending to captured or voided.">
    <State id="pending" initial />
    <State id="captured" terminal />
    <State id="voided" terminal />
    <Transition from="pending" to="authorized" on="authorize" />
    <Transition from="authorized" to="captured" on="capture" />
    <Transition from="authorized" to="voided" on="void" label="void it" />
  </StateMachine>
);
const html = renderToStaticMarkup(lifecycle);

test("a state machine is a figure holding one SVG image with a title and a description", () => {
  assert.match(
    html,
    /^<figure class="not-prose[^"]*" data-diagram="state-machine" id="diagram-transaction-lifecycle-[\w-]+">/,
  );
  const svg = html.match(/<svg ([^>]*)>/)?.[1] ?? "";
  assert.match(svg, /role="img"/);
  const [titleId] = attributes(svg, "aria-labelledby");
  const [descId] = attributes(svg, "aria-describedby");
  assert.match(
    html,
    new RegExp(`<title id="${titleId}">Transaction lifecycle</title><desc id="${descId}">From pending`),
  );
  assert.match(svg, /viewBox="0 0 \d+ \d+"/);
  assert.match(svg, /class="[^"]*w-full/);
  assert.match(html, /<figcaption id="[^"]+-caption"[^>]*>Transaction lifecycle<\/figcaption>/);
});

test("it draws each state, each transition with an arrow and label, and the start", () => {
  assert.deepEqual(attributes(html, "data-state"), ["pending", "captured", "voided", "authorized"]);
  assert.equal(count(html, /data-edge=""/), 3);
  assert.equal(count(html, /<polygon /), 3 + 1);
  assert.equal(count(html, /data-start=""/), 1);
  assert.equal(count(html, /data-terminal="true"/), 2);
  for (const label of ["authorize", "capture", "void it"]) assert.match(html, new RegExp(`>${label}</text>`));
});

test("the same content is offered as text", () => {
  const text = html.match(/<details[^>]*>(.*)<\/details>/)?.[1] ?? "";
  assert.match(text, /<summary[^>]*>Diagram as text<span class="sr-only">: Transaction lifecycle<\/span><\/summary>/);
  assert.equal(count(text, /<li>/), 3);
  assert.match(textOf(text), /Starts in pending\. Ends in captured, voided\./);
  assert.match(textOf(text), /authorized → {2}to captured: capture/);
});

test("ids stay unique with two diagrams of the same title on one page", () => {
  const page = renderToStaticMarkup(
    <>
      {lifecycle}
      {lifecycle}
    </>,
  );
  const ids = attributes(page, "id");
  assert.equal(ids.length, 8);
  assert.equal(new Set(ids).size, ids.length);
  for (const ref of [...attributes(page, "aria-labelledby"), ...attributes(page, "aria-describedby")]) {
    assert.ok(ids.includes(ref), `${ref} points nowhere`);
  }
});

test("markers written on one line (a Markdown paragraph) are read too", () => {
  const inline = renderToStaticMarkup(
    <StateMachine title="T" description="D">
      <p>
        <Transition from="a" to="b" /> <Transition from="b" to="c" />
      </p>
    </StateMachine>,
  );
  assert.equal(count(inline, /data-edge=""/), 2);
});

test("anything else inside fails, as do markers outside a state machine", () => {
  assert.throws(
    () =>
      renderToStaticMarkup(
        <StateMachine title="T" description="D">
          Some prose
        </StateMachine>,
      ),
    /^Error: <StateMachine title="T">: children: expected only <State> and <Transition> markers; got the text "Some prose"\.$/,
  );
  assert.throws(
    () =>
      renderToStaticMarkup(
        <StateMachine title="T" description="D">
          <ul />
        </StateMachine>,
      ),
    /got <ul>/,
  );
  assert.throws(() => renderToStaticMarkup(<State id="a" />), /<State id="a">: expected inside <StateMachine>/);
  assert.throws(
    () => renderToStaticMarkup(<Transition from="a" to="b" />),
    /<Transition from="a">: expected inside <StateMachine>/,
  );
});

test("an invalid transition fails the render with the model's message", () => {
  assert.throws(
    () =>
      renderToStaticMarkup(
        <StateMachine title="T" description="D">
          <State id="a" initial />
          <Transition from="a" to="b" />
          <Transition from="x" to="b" />
        </StateMachine>,
      ),
    /<Transition from="x" to="b"> in <StateMachine title="T">: prop "from": expected a state reachable from the initial state "a"/,
  );
});
