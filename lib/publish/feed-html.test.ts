import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { absoluteIn, feedHtml } from "./feed-html";

const postUrl = "https://blog.example.com/posts/retries";

describe("absoluteIn", () => {
  test("root-relative paths resolve against the site", () => {
    assert.equal(absoluteIn("/posts/other", postUrl), "https://blog.example.com/posts/other");
  });
  test("root-relative paths keep the path of a journal served under one", () => {
    const root = "https://www.example.com/engineering";
    assert.equal(
      absoluteIn("/posts/other", `${root}/posts/retries`, root),
      "https://www.example.com/engineering/posts/other",
    );
  });
  test("anchors resolve against the post itself", () => {
    assert.equal(absoluteIn("#idempotency-keys", postUrl), `${postUrl}#idempotency-keys`);
  });
  test("relative paths resolve against the post", () => {
    assert.equal(absoluteIn("chart.png", postUrl), "https://blog.example.com/posts/chart.png");
  });
  test("addresses with a scheme, or protocol-relative, are left exactly as written", () => {
    for (const address of [
      "https://stripe.com",
      "http://example.org/a?b=1",
      "mailto:eng@example.com",
      "//cdn.example.net/x.png",
    ]) {
      assert.equal(absoluteIn(address, postUrl), address);
    }
  });
});

describe("feedHtml", () => {
  test("links, images and anchors become absolute; external links stay as they are", () => {
    const html = feedHtml(
      '<p><a href="/posts/the-payment-crew">crew</a> <a href="#keys">below</a> <a href="https://www.pcisecuritystandards.org">PCI SSC</a></p>' +
        '<img src="/posts/retries/flow.png" alt="Flow" srcset="/_next/image?url=%2Fa.png&amp;w=640 640w, /_next/image?url=%2Fa.png&amp;w=1080 1080w">',
      postUrl,
    );
    assert.match(html, /<a href="https:\/\/blog\.example\.com\/posts\/the-payment-crew">crew<\/a>/);
    assert.match(html, /<a href="https:\/\/blog\.example\.com\/posts\/retries#keys">below<\/a>/);
    assert.match(html, /<a href="https:\/\/www\.pcisecuritystandards\.org">PCI SSC<\/a>/);
    assert.match(html, /src="https:\/\/blog\.example\.com\/posts\/retries\/flow\.png"/);
    assert.match(
      html,
      /srcset="https:\/\/blog\.example\.com\/_next\/image\?url=%2Fa\.png&#x26;w=640 640w, https:\/\/blog\.example\.com\/_next\/image\?url=%2Fa\.png&#x26;w=1080 1080w"/,
    );
    assert.doesNotMatch(html, /(?:href|src)="\//);
  });

  test("what needs the journal's stylesheet goes; the content stays", () => {
    const html = feedHtml(
      '<figure data-rehype-pretty-code-figure=""><pre tabindex="0" style="--shiki-light:#000" data-language="ts">' +
        '<code class="x"><span data-line=""><span style="--shiki-light:#d73a49">const</span><span> a = 1;</span></span></code></pre></figure>',
      postUrl,
    );
    assert.equal(html, "<figure><pre><code>const a = 1;</code></pre></figure>");
  });

  test("screen-reader text shows once as plain text; decoration hidden from screen readers goes", () => {
    const html = feedHtml(
      '<li>pending<span aria-hidden="true"> → </span><span class="sr-only"> to </span>authorized</li>',
      postUrl,
    );
    assert.equal(html, "<li>pending to authorized</li>");
  });

  test("comments, resource hints and scripts are dropped", () => {
    const html = feedHtml(
      '<link rel="preload" as="image" href="/a.png"><p>a<!-- -->b</p><script>alert(1)</script>',
      postUrl,
    );
    assert.equal(html, "<p>ab</p>");
  });
});
