import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { Actor, Message, Sequence } from "./sequence";
import { attributes, count, textOf } from "./test-html";

const html = renderToStaticMarkup(
  <Sequence title="Authorization" description="A request and its answer.">
    <Actor id="merchant" label="Merchant" />
    <Actor id="gateway" label="Gateway" />
    <Actor id="issuer" label="Issuer" />
    <Message from="merchant" to="gateway" label="Authorize 49.90 EUR" />
    <Message from="gateway" to="issuer" label="Authorize" />
    <Message from="issuer" to="issuer" label="Check funds" />
    <Message from="issuer" to="merchant" label="Approved" reply />
  </Sequence>,
);

test("a sequence is a figure holding one SVG image with a title and a description", () => {
  assert.match(html, /^<figure [^>]*data-diagram="sequence" id="diagram-authorization-[\w-]+">/);
  const svg = html.match(/<svg ([^>]*)>/)?.[1] ?? "";
  assert.match(svg, /role="img"/);
  const [titleId] = attributes(svg, "aria-labelledby");
  const [descId] = attributes(svg, "aria-describedby");
  assert.match(html, new RegExp(`<title id="${titleId}">Authorization</title><desc id="${descId}">A request`));
});

test("it draws one lifeline per actor and one arrow per message, in order", () => {
  assert.deepEqual(attributes(html, "data-actor"), ["merchant", "gateway", "issuer"]);
  assert.equal(count(html, /<line /), 3);
  assert.deepEqual(attributes(html, "data-message"), ["1", "2", "3", "4"]);
  assert.equal(count(html, /<polygon /), 4);
  assert.equal(count(html, /data-reply="true"/), 1);
  assert.equal(count(html, /stroke-dasharray:6_4/), 1);
  assert.match(html, />4\. Approved<\/text>/);
});

test("the messages are offered as text, replies and self-messages said in words", () => {
  const items = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => textOf(m[1] ?? "").replace(/\s+/g, " "));
  assert.deepEqual(items, [
    "Merchant → to Gateway: Authorize 49.90 EUR",
    "Gateway → to Issuer: Authorize",
    "Issuer → to itself: Check funds",
    "Issuer → to Merchant: Approved (reply)",
  ]);
});

test("a message from an unknown actor fails the render", () => {
  assert.throws(
    () =>
      renderToStaticMarkup(
        <Sequence title="S" description="D">
          <Actor id="a" />
          <Message from="b" to="a" label="Hi" />
        </Sequence>,
      ),
    /^Error: <Message from="b" to="a" label="Hi"> in <Sequence title="S">: prop "from": expected the id of an <Actor> \("a"\); got "b"\.$/,
  );
  assert.throws(() => renderToStaticMarkup(<Message from="a" to="b" label="x" />), /expected inside <Sequence>/);
  assert.throws(() => renderToStaticMarkup(<Actor id="a" />), /<Actor id="a">: expected inside <Sequence>/);
});
