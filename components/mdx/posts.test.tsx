// The posts that use diagrams render them: a bad prop in a post would otherwise fail only in `next build`.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { renderToStaticMarkup } from "react-dom/server";
import { postFilesAt } from "@/lib/content/post-files";
import { renderMdx } from "@/lib/render/mdx";
import { attributes, count } from "./test-html";

async function renderPost(slug: string) {
  const folder = path.resolve(import.meta.dirname, `../../content/posts/${slug}`);
  const file = existsSync(folder) ? path.join(folder, "index.mdx") : `${folder}.mdx`;
  const source = path.relative(path.resolve(import.meta.dirname, "../../content"), file);
  return renderToStaticMarkup((await renderMdx(readFileSync(file, "utf8"), file, postFilesAt(file, source))).content);
}

describe("posts with diagrams", () => {
  test("automatons-for-integrity draws the transaction lifecycle", async () => {
    const html = await renderPost("automatons-for-integrity");
    assert.equal(count(html, /data-diagram="state-machine"/), 1);
    assert.deepEqual(attributes(html, "data-state"), [
      "pending",
      "authorized",
      "captured",
      "partially_refunded",
      "refunded",
      "voided",
      "failed",
      "charged_back",
      "chargeback_reversed",
    ]);
    assert.equal(count(html, /data-terminal="true"/), 4);
    assert.equal(count(html, /data-edge=""/), 11);
  });

  test("the-secret-life-of-a-transaction draws the authorization round trip", async () => {
    const html = await renderPost("the-secret-life-of-a-transaction");
    assert.deepEqual(attributes(html, "data-actor"), ["merchant", "gateway", "acquirer", "scheme", "issuer"]);
    assert.equal(count(html, /data-message="/), 9);
    assert.equal(count(html, /data-reply="true"/), 4);
  });

  test("the-payment-crew draws who talks to whom", async () => {
    const html = await renderPost("the-payment-crew");
    assert.equal(count(html, /data-actor="/), 7);
    assert.equal(count(html, /data-message="/), 12);
  });
});
