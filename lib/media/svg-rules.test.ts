import assert from "node:assert/strict";
import { test } from "node:test";
import { cssProblem, MAX_DEPTH, readSvg } from "./svg-rules";

const svg = (inner: string, attributes = 'width="320" height="160"') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attributes}>\n${inner}\n</svg>\n`;

/** "line: construct: message" of each problem, for compact assertions. */
const problemsOf = (text: string) => readSvg(text).problems.map((p) => `${p.line}: ${p.construct}: ${p.message}`);

test("a drawing of shapes, text, gradients, styles and local references passes, with its size", () => {
  const drawing = svg(`<title>Scope</title><desc>The card data environment.</desc>
<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
<marker id="arrow" markerWidth="8" markerHeight="8" refX="4" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8z"/></marker>
<style><![CDATA[ .box { fill: url(#g); stroke: rgb(10 20 30); } ]]></style></defs>
<g transform="translate(10, 10) rotate(3)" role="img" aria-label="Scope">
<rect class="box" x="0" y="0" width="100" height="40" rx="4" style="stroke-width: calc(1px + 1px)"/>
<path d="M0 50 H100" marker-end="url(#arrow)" stroke-dasharray="4 2"/>
<text x="10" y="30" font-family="Inter, sans-serif" text-anchor="start">Vault <tspan font-weight="700">in scope</tspan></text>
<use href="#arrow" x="4"/><use xlink:href="#arrow"/>
<image href="data:image/png;base64,iVBORw0KGgo=" width="4" height="4"/>
</g>`);
  assert.deepEqual(readSvg(drawing), { problems: [], width: 320, height: 160 });
  assert.deepEqual(readSvg(svg("", 'viewBox="0 0 1200 640"')), { problems: [], width: 1200, height: 640 });
  assert.deepEqual(readSvg(svg("", 'width="50%" viewBox="0,0,300,150"')), { problems: [], width: 300, height: 150 });
  // A fraction of a pixel is drawn at one pixel, never at none (the image step would make nothing of it).
  assert.deepEqual(readSvg(svg("", 'width="0.4" height="0.4"')), { problems: [], width: 1, height: 1 });
});

test("script, event handlers, foreign objects, links and animation are refused with their line", () => {
  assert.deepEqual(problemsOf(svg("<script>alert(1)</script>")), [
    "3: <script>: would run or link from the journal's origin, expected shapes, text, gradients and filters",
  ]);
  assert.match(
    problemsOf(svg('<rect onload="alert(1)" width="1" height="1"/>'))[0] ?? "",
    /^3: <rect onload>: event handlers are refused/,
  );
  assert.match(problemsOf(svg('<g onClick="x()"/>'))[0] ?? "", /<g onClick>: event handlers/);
  assert.match(problemsOf(svg("<foreignObject><div>x</div></foreignObject>"))[0] ?? "", /<foreignObject>: would run/);
  assert.match(problemsOf(svg('<a href="javascript:alert(1)"><text>x</text></a>'))[0] ?? "", /<a>: would run or link/);
  assert.match(problemsOf(svg('<set attributeName="href" to="javascript:x"/>'))[0] ?? "", /<set>: is not an element/);
  assert.match(problemsOf(svg('<animate attributeName="x"/>'))[0] ?? "", /<animate>: is not an element/);
  assert.match(problemsOf(svg("<metadata><x/></metadata>"))[0] ?? "", /<metadata>: is not an element/);
  // Another namespace's element or attribute (an editor's, or XHTML's script) is no SVG.
  assert.match(problemsOf(svg('<html:script xmlns:html="http://www.w3.org/1999/xhtml"/>'))[0] ?? "", /<html:script>/);
  assert.match(
    problemsOf(
      svg(
        '<g inkscape:label="x"/>',
        'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="1" height="1"',
      ),
    ).join(),
    /<svg xmlns:inkscape>.*<g inkscape:label>/,
  );
  assert.match(
    problemsOf(svg('<g xmlns="http://www.w3.org/1999/xhtml"/>'))[0] ?? "",
    /<g xmlns>: expected the SVG namespace/,
  );
});

test("references outside the drawing are refused: other files, other sites, data: documents", () => {
  assert.match(
    problemsOf(svg('<use href="https://evil.example/s.svg#x"/>'))[0] ?? "",
    /<use href>: .* points outside the drawing, expected #id/,
  );
  assert.match(problemsOf(svg('<use xlink:href="other.svg#x"/>'))[0] ?? "", /<use xlink:href>: .* points outside/);
  assert.match(
    problemsOf(svg('<image href="https://tracker.example/p.png"/>'))[0] ?? "",
    /<image href>: an <image> must embed its picture/,
  );
  assert.match(
    problemsOf(svg('<image href="data:image/svg+xml;base64,PHN2Zz4="/>'))[0] ?? "",
    /<image href>: an <image> must embed/,
  );
  assert.match(
    problemsOf(svg('<rect fill="url(https://x.example/a)"/>'))[0] ?? "",
    /<rect fill>: url\(https:\/\/x\.example\/a\) points outside the drawing/,
  );
  assert.match(
    problemsOf(svg('<rect filter="url(&quot;other.svg#f&quot;)"/>'))[0] ?? "",
    /url\(other\.svg#f\) points outside/,
  );
});

test("styles may not load files: no at-rules, no escapes, url(#id) only, listed functions only", () => {
  assert.match(
    problemsOf(svg("<style>@import url(https://x.example/a.css);</style>"))[0] ?? "",
    /^3: <style>: at-rules/,
  );
  assert.match(
    problemsOf(svg("<style>@font-face { src: url(data:font/woff2;base64,AA) }</style>"))[0] ?? "",
    /<style>: at-rules/,
  );
  assert.match(
    problemsOf(svg('<rect style="fill: url(//x.example/p)"/>'))[0] ?? "",
    /<rect style>: url\(\/\/x\.example\/p\) points outside/,
  );
  assert.match(
    problemsOf(svg('<rect style="background: image-set(&quot;a.png&quot; 1x)"/>'))[0] ?? "",
    /image-set\(\) is not allowed/,
  );
  assert.match(problemsOf(svg("<style>.a { fill: u\\72l(https://x.example) }</style>"))[0] ?? "", /escapes/);
  assert.equal(cssProblem("fill: url( '#g' ); stroke: oklch(50% 0.1 200)"), undefined);
  assert.match(cssProblem("fill: URL(http://x)") ?? "", /points outside/);
});

test("declarations, stylesheets by instruction, unknown entities and broken XML are refused", () => {
  const entity =
    '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x "<script>alert(1)</script>">]>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">&x;</svg>';
  assert.match(problemsOf(entity)[0] ?? "", /^3: XML: .*expected well-formed XML/);
  const doctype =
    '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  assert.deepEqual(problemsOf(doctype), ["1: <!DOCTYPE>: declarations are refused, expected <svg> alone"]);
  const stylesheet =
    '<?xml-stylesheet href="https://x.example/a.css"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>';
  assert.deepEqual(problemsOf(stylesheet), ["1: <?xml-stylesheet?>: may load a file, expected <svg> alone"]);
  assert.match(
    problemsOf("<svg xmlns='http://www.w3.org/2000/svg'><rect></svg>")[0] ?? "",
    /XML: .*expected well-formed XML/,
  );
  assert.match(problemsOf("<html xmlns='http://www.w3.org/1999/xhtml'/>").join(), /<svg>: expected one <svg xmlns=/);
  assert.deepEqual(problemsOf(svg("", "")), [
    "2: <svg>: has no size, expected width and height in pixels or a viewBox",
  ]);
});

test("any drawing costs bounded work: a long style, an endless size", () => {
  // A run of letters in a style is read once, not once a letter (read again from each, this would not finish).
  assert.equal(cssProblem(`fill: red; ${"a".repeat(300_000)}`), undefined);
  assert.deepEqual(problemsOf(svg("", 'viewBox="0 0 Infinity 1e400"')), [
    "2: <svg>: is Infinity × Infinity pixels, expected at most 40,000,000 pixels in all",
  ]);
  assert.match(problemsOf(svg("", 'width="20000" height="20000"')).join(), /is 20000 × 20000 pixels/);
});

test(`elements nest at most ${MAX_DEPTH} levels, counted before the parser (which would overflow its stack)`, () => {
  const nested = (levels: number, open = "<g>") => svg(`${open.repeat(levels)}\n${"</g>".repeat(levels)}`);
  assert.deepEqual(problemsOf(nested(MAX_DEPTH - 1)), []);
  assert.deepEqual(problemsOf(nested(MAX_DEPTH)), [
    `3: elements: are nested more than ${MAX_DEPTH} levels deep here, expected at most ${MAX_DEPTH}`,
  ]);
  assert.deepEqual(problemsOf(nested(100_000)), problemsOf(nested(MAX_DEPTH)));
  // Self-closed elements, comments, CDATA and quoted values hold no level; a ">" or "/>" in text closes none.
  const flat = `<g/><!-- <g> --><![CDATA[<g>]]><rect fill="red" class='a>b'/>`;
  assert.deepEqual(problemsOf(svg(flat.repeat(MAX_DEPTH * 2))), []);
  assert.deepEqual(problemsOf(nested(MAX_DEPTH, "<g>/>")), problemsOf(nested(MAX_DEPTH)));
});
