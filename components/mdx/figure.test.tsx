import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import sharp from "sharp";
import { runImageStep } from "@/lib/media/image-step";
import { readManifest } from "@/lib/media/manifest";
import { noPostFiles } from "@/lib/content/post-files";
import { renderMdx } from "@/lib/render/mdx";
import { renderMdxToStaticHtml } from "@/lib/render/mdx-static";
import { feedMdxComponents } from "./feed";
import { Figure, sizesFor } from "./figure";
import { readFigureProps } from "./figure-props";

// A journal of one post folder, its images made by the image step, read from the working directory as in a build.
const root = mkdtempSync(path.join(tmpdir(), "figure-"));
const folder = path.join(root, "content/posts/demo");
mkdirSync(folder, { recursive: true });
const picture = (width: number, height: number, background: string) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
const cwd = process.cwd();
const contentDir = process.env.CONTENT_DIR;

const post = "posts/demo/index.mdx";
const hashOf = (name: string) => readManifest()?.files[`posts/demo/${name}`]?.hash ?? "none";

describe("Figure", () => {
  // The image step runs here, not at import: the unit tests share a process, and another file may hold the cache.
  before(async () => {
    writeFileSync(path.join(folder, "index.mdx"), "");
    writeFileSync(path.join(folder, "shot.png"), await picture(1300, 650, "#1d4ed8"));
    writeFileSync(path.join(folder, "shot-dark.png"), await picture(1300, 650, "#0b1120"));
    writeFileSync(
      path.join(folder, "scope.svg"),
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100"/></svg>',
    );
    writeFileSync(path.join(root, "content/posts/single.mdx"), "");
    await runImageStep(root, path.join(root, "content"), "test");
    process.chdir(root);
    process.env.CONTENT_DIR = path.join(root, "content");
  });
  after(() => {
    process.chdir(cwd);
    if (contentDir === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = contentDir;
  });

  test("props: src and alt required, files relative to the post, no sizes typed", () => {
    assert.deepEqual(readFigureProps({ src: "./shot.png", alt: "The dashboard", caption: "Today" }), {
      src: "./shot.png",
      alt: "The dashboard",
      caption: "Today",
      dark: undefined,
    });
    assert.throws(() => readFigureProps({ src: "./shot.png" }), /prop "alt": expected non-empty text/);
    assert.throws(() => readFigureProps({ src: "./shot.png", alt: " " }), /prop "alt": expected non-empty text/);
    assert.throws(
      () => readFigureProps({ src: "./shot.png", alt: "x", width: "640" }),
      /prop "width": expected a known prop \(one of src, alt, caption, dark\)/,
    );
    assert.throws(
      () => readFigureProps({ src: "/posts/demo/shot.png", alt: "x" }),
      /<Figure src="\/posts\/demo\/shot.png">: prop "src": expected an image beside the post, e.g. \.\/dashboard\.png; got "\/posts\/demo\/shot\.png" is not relative to the post/,
    );
    assert.throws(
      () => readFigureProps({ src: "./shot.png", alt: "x", dark: "../x.png" }),
      /prop "dark": expected an image/,
    );
  });

  test("sizes follow the reading column, never past the image's own width", () => {
    assert.equal(
      sizesFor(2400),
      "(min-width: 1024px) 720px, (min-width: 755px) 707px, (min-width: 640px) calc(100vw - 48px), calc(100vw - 32px)",
    );
    assert.match(sizesFor(600), /^\(min-width: 1024px\) 600px, \(min-width: 755px\) 600px, /);
  });

  test("a picture: AVIF and WebP sources, a JPEG fallback, its size reserved, a placeholder, a link to the full size", () => {
    const html = renderToStaticMarkup(<Figure src="./shot.png" alt="The dashboard" caption="Today" post={post} />);
    const hash = hashOf("shot.png");
    assert.match(
      html,
      /^<figure class="my-8" data-figure=""><a href="\/_media\/[0-9a-f]{20}-1300\.jpg" data-figure-zoom="" class="block"><picture>/,
    );
    assert.match(
      html,
      new RegExp(
        `<source type="image/avif" srcSet="/_media/${hash}-480.avif 480w, /_media/${hash}-720.avif 720w, /_media/${hash}-960.avif 960w, /_media/${hash}-1300.avif 1300w" sizes="\\(min-width: 1024px\\) 720px,`,
      ),
    );
    assert.match(html, /<source type="image\/webp" srcSet="[^"]+-480\.webp 480w/);
    assert.match(
      html,
      new RegExp(
        `<img src="/_media/${hash}-960.jpg" srcSet="[^"]+-1300.jpg 1300w" sizes="[^"]+" width="1300" height="650" alt="The dashboard" loading="lazy" decoding="async" style="background-image:url\\(data:image/webp;base64,`,
      ),
    );
    assert.match(
      html,
      /<span class="sr-only" data-pagefind-ignore=""> \(full size\)<\/span><\/a><figcaption class="[^"]*">Today<\/figcaption><\/figure>$/,
    );
  });

  test("the first figure of a body loads at once and first; Markdown images become the same figure", async () => {
    const body = '![The dashboard](./shot.png "Today")\n\nText.\n\n<Figure src="./scope.svg" alt="The scope" />\n';
    const html = renderToStaticMarkup((await renderMdx(body, post, { ...noPostFiles(post), source: post })).content);
    const [first = "", second = ""] = html.split("<figure").slice(1);
    assert.match(first, /alt="The dashboard" fetchPriority="high"/);
    assert.doesNotMatch(first, /loading=/);
    assert.match(first, /<figcaption[^>]*>Today<\/figcaption>/);
    // An SVG is served as it is: one file, no srcset.
    assert.match(
      second,
      /<a href="\/_media\/[0-9a-f]{20}\.svg"[^>]*><picture><img src="\/_media\/[0-9a-f]{20}\.svg" width="300" height="100" alt="The scope" loading="lazy" decoding="async"/,
    );
  });

  test("a dark variant: both pictures lazy, each marked with its theme, so CSS shows one and only it loads", () => {
    const html = renderToStaticMarkup(
      <Figure src="./shot.png" dark="./shot-dark.png" alt="The dashboard" post={post} priority="true" />,
    );
    assert.match(html, /data-figure-theme="light"[^]*data-figure-theme="dark"/);
    assert.equal(html.match(/loading="lazy"/g)?.length, 2);
    assert.equal(html.match(/fetchPriority="high"/g)?.length, 2);
    assert.match(html, new RegExp(`${hashOf("shot-dark.png")}-480.avif`));
  });

  test("a missing file, a file outside the folder, or a single-file post fails the render with the reason", () => {
    assert.throws(
      () => renderToStaticMarkup(<Figure src="./gone.png" alt="x" post={post} />),
      /no file posts\/demo\/gone\.png/,
    );
    assert.throws(
      () => renderToStaticMarkup(<Figure src="./shot.png" alt="x" post="posts/single.mdx" />),
      /only a post in a folder has files of its own/,
    );
    assert.throws(() => renderToStaticMarkup(<Figure src="./shot.png" alt="x" />), /rendered outside a post/);
  });

  test("in a feed: the fallback at most 1,200 pixels wide, its alt and caption", async () => {
    const html = await renderMdxToStaticHtml(
      '<Figure src="./shot.png" alt="The dashboard" caption="Today" />',
      feedMdxComponents("/posts/demo", { ...noPostFiles(post), source: post }),
    );
    // React's preload hint before it is dropped with the page's other hints by lib/publish/feed-html.ts.
    assert.equal(
      html.replace(/^<link rel="preload"[^>]*>/, ""),
      `<figure><img src="/_media/${hashOf("shot.png")}-960.jpg" alt="The dashboard" width="960" height="480"/><figcaption>Today</figcaption></figure>`,
    );
  });
});
