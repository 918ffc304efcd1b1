import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { Figure, FigureView } from "./figure";
import { readFigureProps } from "./figure-props";

// Stands in for public/: holds /posts/example/pixel.svg.
const fixtures = path.resolve(import.meta.dirname, "../../test/fixtures/public");
const exists = (src: string) => existsSync(path.join(fixtures, src));
const valid = { src: "/posts/example/pixel.svg", alt: "A blue pixel", width: "640", height: "480" };

test("valid props are parsed: sizes become numbers", () => {
  assert.deepEqual(readFigureProps({ ...valid, caption: "One pixel" }, exists), {
    src: "/posts/example/pixel.svg",
    alt: "A blue pixel",
    width: 640,
    height: 480,
    caption: "One pixel",
  });
});

test("a figure renders the image with its size reserved, and its caption", () => {
  const html = renderToStaticMarkup(<FigureView {...readFigureProps({ ...valid, caption: "One pixel" }, exists)} />);
  assert.match(html, /^<figure[^>]*><img [^>]*alt="A blue pixel"/);
  assert.match(html, /width="640" height="480"/);
  assert.match(html, /loading="lazy"/);
  assert.match(html, /src="\/posts\/example\/pixel.svg"/);
  assert.match(html, /<figcaption[^>]*>One pixel<\/figcaption><\/figure>$/);
  assert.doesNotMatch(renderToStaticMarkup(<FigureView {...readFigureProps(valid, exists)} />), /figcaption/);
});

test("missing or invalid props fail, naming the prop and what was expected", () => {
  const { src, alt, height } = valid;
  assert.throws(
    () => readFigureProps({ src, alt, height }, exists),
    /^Error: <Figure src="\/posts\/example\/pixel.svg">: prop "width": expected a whole number of pixels from 1 to 10000, written as text, e.g. width="640"; got nothing\.$/,
  );
  assert.throws(() => readFigureProps({ ...valid, height: "480px" }, exists), /prop "height": expected a whole number/);
  assert.throws(() => readFigureProps({ ...valid, alt: "" }, exists), /prop "alt": expected non-empty text/);
  assert.throws(
    () => readFigureProps({ ...valid, src: "/images/a.png" }, exists),
    /prop "src": expected a path under \/posts\/<slug>\//,
  );
  assert.throws(
    () => readFigureProps({ ...valid, src: "/posts/example/../../secret.png" }, exists),
    /prop "src": expected a path/,
  );
  assert.throws(
    () => readFigureProps({ ...valid, src: "/posts/example/pixel.pdf" }, exists),
    /prop "src": expected a path/,
  );
  assert.throws(
    () => readFigureProps({ ...valid, src: "/posts/example/missing.png" }, exists),
    /prop "src": expected an image that exists in public\/; got "\/posts\/example\/missing.png", which is not there/,
  );
});

test("the component checks the image against public/", () => {
  assert.throws(
    () => renderToStaticMarkup(<Figure {...valid} src="/posts/example/nowhere.png" />),
    /which is not there/,
  );
});
