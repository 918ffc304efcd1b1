import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { allowedElements, linkProblem, resourceProblem } from "./body-rules";
import { findDroppedConstructs, parseMdx } from "./body-tree";

const fixtures = path.resolve(import.meta.dirname, "../../test/fixtures/body");
const problemsIn = (fixture: string) =>
  findDroppedConstructs(parseMdx(readFileSync(path.join(fixtures, fixture), "utf8")));
const constructs = (fixture: string) => problemsIn(fixture).map((p) => `${p.line}: ${p.construct}`);

describe("a post body is refused unless known to be safe", () => {
  test("every allowed element, attribute, address and component passes", () => {
    assert.deepEqual(problemsIn("allowed.mdx"), []);
  });

  test("elements that run script, load or submit elsewhere, or are unknown are refused", () => {
    assert.deepEqual(constructs("elements.mdx"), [
      "1: <script>",
      '3: {"body { display: none }"}',
      "3: <style>",
      "5: <iframe>",
      "7: <object>",
      "9: <embed>",
      "11: <link>",
      "13: <meta>",
      "15: <base>",
      "17: <form>",
      "17: <input>",
      "17: <button>",
      "19: <svg>",
      "19: <circle>",
      "21: <img>",
      "23: <marquee>",
      "23: <my-widget>",
      "23: <Graph>",
      "23: <x.y>",
    ]);
  });

  test("a refused element's message says what is expected instead", () => {
    const [script] = problemsIn("elements.mdx");
    assert.match(script?.message ?? "", /^element not allowed in posts, expected one of the journal's components \(Callout, /);
    for (const name of ["sup", "kbd", "details", "summary", "figcaption"]) assert.ok(script?.message.includes(name));
  });

  test("attributes not listed for their element are refused, each named", () => {
    assert.deepEqual(constructs("attributes.mdx"), [
      "1: <a onClick>",
      "3: <span onmouseover>",
      "5: <span style>",
      "7: <span className>",
      "9: <span id>",
      "11: <a target>",
      "11: <a rel>",
      "13: <abbr title>",
      "13: <span lang>",
      "13: <time dateTime>",
      "15: <Callout onClick>",
      "17: <Figure srcSet>",
    ]);
    const [handler] = problemsIn("attributes.mdx");
    assert.equal(handler?.message, 'attribute "onClick" is not allowed on <a>, expected one of title, lang, dir, href');
  });

  test("links go to the web, mail, the journal or an anchor; every other address is refused", () => {
    assert.deepEqual(constructs("links.mdx"), [
      "1: link",
      "3: link",
      "5: link",
      "7: link",
      "9: link",
      "11: link",
      "13: link",
      "15: <a href>",
      "17: <a href>",
      "19: <a href>",
      "21: <a href>",
      "25: link",
    ]);
  });

  test("images and other loaded files are the post's own, beside it, with the reason", () => {
    assert.deepEqual(constructs("resources.mdx"), [
      "1: image",
      "3: image",
      "5: image",
      "7: image",
      "9: <Figure src>",
      "11: image",
    ]);
    const [tracker, , , reference] = problemsIn("resources.mdx");
    assert.equal(
      tracker?.message,
      '"https://tracker.example/pixel.gif" is not relative to the post, expected a file beside the post, written ./<name>.<png|jpg|jpeg|webp|avif|gif|svg> (a file of another site is refused)',
    );
    assert.equal(reference?.message, "is a reference (![alt][name]), expected ![alt](./file.png)");
  });
});

describe("addresses", () => {
  test("safe links pass", () => {
    for (const url of ["https://processout.com/a?b=c#d", "HTTP://example.com", "mailto:a@b.co", "/posts/x", "/", "#x"])
      assert.equal(linkProblem(url), undefined, url);
  });

  test("schemes outside the allow-list are refused, whatever their case", () => {
    for (const url of ["javascript:x", "JAVASCRIPT:x", "data:,x", "vbscript:x", "file:///x", "ftp://x", "blob:x"])
      assert.match(linkProblem(url) ?? "", /addresses are refused/, url);
  });

  test("addresses a browser would read differently are refused", () => {
    for (const url of ["//evil.example", "/\\evil.example", "java\tscript:x", " https://x", "https://x\n", "\u0000/x"])
      assert.ok(linkProblem(url), url);
  });

  test("a %-escape must stand for UTF-8 text: a malformed one is refused, not thrown", () => {
    for (const url of ["/posts/caf%C3%A9", "https://example.com/100%25", "#r%C3%A9sum%C3%A9"])
      assert.equal(linkProblem(url), undefined, url);
    for (const url of ["/%zz", "/posts/x#%E0%A4%A", "mailto:pay@%FF", "https://example.com/50%"])
      assert.match(linkProblem(url) ?? "", /has a "%" that does not escape UTF-8 text/, url);
    // An address refused for what it is gets that reason, not the escape's.
    assert.match(linkProblem("javascript:alert('100%')") ?? "", /"javascript:" addresses are refused/);
    const problems = findDroppedConstructs(parseMdx("[pay@example.com](mailto:pay@%zz)\n\n[pay@example.com][r]\n\n[r]: mailto:x@%FF\n"));
    assert.deepEqual(problems.map((p) => `${p.line}: ${p.construct}`), ["1: link", "5: link"]);
  });

  test("a code block takes a title and its own line numbers, nothing the highlighter would expand further", () => {
    const problems = (fence: string) =>
      findDroppedConstructs(parseMdx(`${fence}\nconst a = 1;\nconst b = 2;\n\`\`\`\n`)).map((p) => `${p.line}: ${p.construct}: ${p.message}`);
    for (const fence of ["```ts", '```ts title="a.ts"', '```ts title="a.ts" {1,2}', "```ts {1-2}"]) assert.deepEqual(problems(fence), [], fence);
    assert.deepEqual(problems("```js {1-999999999}"), [
      '1: code block: {1-999999999} marks lines the block does not have (it has 2), expected a title and lines to mark, such as ```ts title="authorize.ts" {1,3-5}',
    ]);
    for (const fence of ["```js {0}", "```js {2-1}", "```js {1,}", "```js showLineNumbers", "```js /const/1-99", "```js {1}#a"])
      assert.equal(problems(fence).length, 1, fence);
  });

  test("a code block's language, fenced or inline, is one the journal highlights; a typo is named with a guess", () => {
    const problems = (body: string) => findDroppedConstructs(parseMdx(body)).map((p) => `${p.line}: ${p.construct}: ${p.message}`);
    assert.deepEqual(problems("```ts\na\n```\n\n```\nplain\n```\n\nSee `charge(){:ts}`, `amount{:.token}` and `{:}`.\n"), []);
    const [typo, unknown, inline] = problems("```tyepscript\na\n```\n\n```brainfuck\n+\n```\n\nSee `x{:Rust}`.\n");
    assert.match(typo ?? "", /^1: code language: "tyepscript" is not a language the journal highlights \(did you mean "typescript"\?\), expected one of text, /);
    assert.match(unknown ?? "", /^5: code language: "brainfuck" is not a language the journal highlights, expected one of /);
    assert.match(inline ?? "", /^9: code language: "Rust" is not a language the journal highlights \(did you mean "rust"\?\)/);
  });

  test("a loaded file is one of the post's own, named relative to it", () => {
    assert.equal(resourceProblem("./b.png"), undefined);
    assert.equal(resourceProblem("./rates.csv", "data"), undefined);
    for (const url of ["/posts/a/b.png", "https://cdn.example/a.png", "//cdn.example/a.png", "data:image/png;base64,x", "b.png", "./../b.png", "./b.csv"])
      assert.ok(resourceProblem(url), url);
  });

  test("a chart's data is a file beside the post, named after ./, of the kinds it reads", () => {
    const problems = (value: string) =>
      findDroppedConstructs(parseMdx(`<Chart data=${JSON.stringify(value)} />`)).map((p) => `${p.construct}: ${p.message}`);
    assert.deepEqual(problems("./rates.csv"), []);
    assert.deepEqual(problems("./rates.json"), []);
    assert.deepEqual(problems("./data/rates.csv"), []);
    for (const value of ["../rates.csv", "/posts/x/rates.csv", "rates.csv", "https://x.example/r.csv", "./../rates.csv", "./rates.txt", "./rates.png"]) {
      assert.equal(problems(value).length, 1, value);
      assert.match(problems(value)[0] ?? "", /^<Chart data>: .*expected a file beside the post, written \.\/<name>\.<csv\|json>/);
    }
  });

  test("the element allow-list has nothing that runs, embeds or submits", () => {
    for (const name of ["script", "style", "iframe", "object", "embed", "link", "meta", "base", "form", "input"])
      assert.ok(!allowedElements.includes(name), name);
  });
});

describe("a link's text shows where it goes", () => {
  test("a URL, a domain or an e-mail address as a link's text must be where the link goes", () => {
    assert.deepEqual(constructs("link-text.mdx"), [
      "1: link text",
      "3: link text",
      "5: link text",
      "7: link text",
      "9: link",
      "11: link text",
      "13: link text",
      "15: link text",
      "17: link text",
    ]);
    const [github] = problemsIn("link-text.mdx");
    assert.match(github?.message ?? "", /shows github\.com but the link goes to xn--gthub-n4a\.com, expected the text to name/);
    assert.match(problemsIn("link-text.mdx")[8]?.message ?? "", /goes to xn--mnchen-3ya\.de \(münchen\.de\), an internationalised domain the post does not show/);
  });

  test("hosts compare as a reader reads them; words, file names and code are not addresses", () => {
    assert.deepEqual(problemsIn("link-text-honest.mdx"), []);
  });
});

describe("keys from a post never reach an object's prototype", () => {
  test("an element or attribute named after an Object property is refused like any unknown one", () => {
    const problems = findDroppedConstructs(parseMdx('<constructor>a</constructor> <a constructor="x" toString="y">b</a>\n'));
    assert.deepEqual(
      problems.map((p) => p.construct),
      ["<constructor>", "<a constructor>", "<a toString>"],
    );
  });
});
