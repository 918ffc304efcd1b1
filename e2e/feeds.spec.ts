import { expect, test, type APIRequestContext } from "@playwright/test";
import { all, at, attribute, parseXml, textOf } from "./feed-parse";
import { seedIndex } from "./seed";

// e2e/fixtures/posts adds a draft and a scheduled post to the content: no feed or sitemap may list them.
const unpublished = [
  { slug: "tokenization-at-the-edge", title: "Tokenization at the edge" },
  { slug: "retries-without-double-charges", title: "Retries without double charges" },
];
const titles = seedIndex.map((post) => post.title);
const postUrl = (slug: string) => new RegExp(`^https?://[^/]+/posts/${slug}$`);

/** The body of `path`, after checking its status and media type. */
async function fetchText(request: APIRequestContext, path: string, contentType: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(contentType);
  return response.text();
}

/** A feed item's HTML: full text whose every link and image address is absolute. */
function expectFeedHtml(html: string) {
  expect(html.length).toBeGreaterThan(500);
  expect(html).not.toMatch(/(?:href|src|srcset)="(?!https?:\/\/)/);
  expect(html).not.toMatch(/<script|<svg/);
}

function expectNoUnpublished(text: string) {
  for (const post of unpublished) {
    expect(text).not.toContain(post.slug);
    expect(text).not.toContain(post.title);
  }
}

test("RSS 2.0 lists the six published posts, newest first, with their full text", async ({ request }) => {
  const text = await fetchText(request, "/feed.xml", "application/rss+xml; charset=utf-8");
  const channel = at(parseXml(text), "rss", "channel");
  expect(textOf(at(channel, "title"))).toBe("Flight journal");
  expect(textOf(at(channel, "link"))).toMatch(/^https?:\/\/[^/]+\/$/);
  expect(textOf(at(channel, "description"))).not.toBe("");
  const items = all(channel, "item");
  expect(items.map((item) => textOf(at(item, "title")))).toEqual(titles);
  for (const [i, item] of items.entries()) {
    const slug = seedIndex[i]?.slug ?? "";
    expect(textOf(at(item, "link"))).toMatch(postUrl(slug));
    expect(textOf(at(item, "guid"))).toMatch(postUrl(slug));
    expect(new Date(textOf(at(item, "pubDate"))).getTime()).not.toBeNaN();
    expect(textOf(at(item, "description"))).not.toBe("");
    expect(textOf(at(item, "author"))).toBe(seedIndex[i]?.author);
    expect(all(item, "category").length).toBeGreaterThan(0);
    expectFeedHtml(textOf(at(item, "content:encoded")));
  }
  expectNoUnpublished(text);
});

test("Atom 1.0 lists the same posts, each with HTML content", async ({ request }) => {
  const text = await fetchText(request, "/atom.xml", "application/atom+xml; charset=utf-8");
  const feed = at(parseXml(text), "feed");
  expect(attribute(feed, "xmlns")).toBe("http://www.w3.org/2005/Atom");
  expect(textOf(at(feed, "id"))).toMatch(/^https?:\/\//);
  expect(textOf(at(feed, "title"))).toBe("Flight journal");
  expect(new Date(textOf(at(feed, "updated"))).getTime()).not.toBeNaN();
  const self = all(feed, "link").find((link) => attribute(link, "rel") === "self");
  expect(attribute(self, "href")).toMatch(/^https?:\/\/[^/]+\/atom\.xml$/);
  const entries = all(feed, "entry");
  expect(entries.map((entry) => textOf(at(entry, "title")))).toEqual(titles);
  for (const [i, entry] of entries.entries()) {
    const slug = seedIndex[i]?.slug ?? "";
    expect(textOf(at(entry, "id"))).toMatch(postUrl(slug));
    expect(attribute(at(entry, "link"), "href")).toMatch(postUrl(slug));
    expect(new Date(textOf(at(entry, "updated"))).getTime()).not.toBeNaN();
    expect(new Date(textOf(at(entry, "published"))).getTime()).not.toBeNaN();
    expect(textOf(at(entry, "author", "name"))).toBe(seedIndex[i]?.author);
    expect(attribute(at(entry, "content"), "type")).toBe("html");
    expectFeedHtml(textOf(at(entry, "content")));
  }
  expectNoUnpublished(text);
});

test("JSON Feed 1.1 lists the same posts, with authors and HTML content", async ({ request }) => {
  const text = await fetchText(request, "/feed.json", "application/feed+json; charset=utf-8");
  const feed: unknown = JSON.parse(text);
  expect(feed).toMatchObject({ version: "https://jsonfeed.org/version/1.1", title: "Flight journal" });
  const items = all(feed, "items");
  expect(items.map((item) => at(item, "title"))).toEqual(titles);
  for (const [i, item] of items.entries()) {
    const slug = seedIndex[i]?.slug ?? "";
    expect(at(item, "id")).toMatch(postUrl(slug));
    expect(at(item, "url")).toMatch(postUrl(slug));
    expect(at(item, "date_published")).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(all(item, "authors")).toEqual([expect.objectContaining({ name: seedIndex[i]?.author })]);
    expectFeedHtml(textOf(at(item, "content_html")));
  }
  expectNoUnpublished(text);
});

test("the sitemap lists the index and every published post, each with its last change", async ({ request }) => {
  const text = await fetchText(request, "/sitemap.xml", "application/xml");
  const urls = all(at(parseXml(text), "urlset"), "url").map((url) => ({
    loc: textOf(at(url, "loc")),
    lastmod: textOf(at(url, "lastmod")),
  }));
  for (const path of ["/", ...seedIndex.map((post) => `/posts/${post.slug}`)]) {
    const url = urls.find(({ loc }) => new URL(loc).pathname === path);
    expect(url, path).toBeDefined();
    expect(url?.lastmod, path).toMatch(/^\d{4}-\d{2}-\d{2}/);
  }
  expect(urls.every(({ loc }) => /^https?:\/\//.test(loc))).toBe(true);
  expectNoUnpublished(text);
});

test("robots.txt lets crawlers in and points to the sitemap", async ({ request }) => {
  const text = await fetchText(request, "/robots.txt", "text/plain");
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toMatch(/^Sitemap: https?:\/\/[^/\s]+\/sitemap\.xml$/m);
});

test("a preview deployment's robots.txt turns every crawler away", async ({ request }) => {
  const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
  expect(previewUrl, "E2E_PREVIEW_URL is set by playwright.config.ts").not.toBe("");
  const response = await request.get(`${previewUrl}/robots.txt`);
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/$/m);
  expect(text).not.toMatch(/^(Allow|Sitemap):/m);
});

const feeds = [
  { type: "application/rss+xml", path: "/feed.xml", name: "RSS" },
  { type: "application/atom+xml", path: "/atom.xml", name: "Atom" },
  { type: "application/feed+json", path: "/feed.json", name: "JSON Feed" },
];

for (const path of ["/", `/posts/${seedIndex[0].slug}`, "/posts/not-a-post"]) {
  test(`${path} announces the three feeds to feed readers`, async ({ page }) => {
    await page.goto(path);
    for (const feed of feeds) {
      const link = page.locator(`head link[rel="alternate"][type="${feed.type}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute("href", new RegExp(`^https?://[^/]+${feed.path.replace(".", "\\.")}$`));
      await expect(link).toHaveAttribute("title", `Flight journal (${feed.name})`);
    }
  });
}

test("the footer links to the three feeds", async ({ page }) => {
  await page.goto("/");
  const footer = page.locator("footer[data-site-footer]");
  for (const feed of feeds) {
    await expect(footer.getByRole("link", { name: feed.name, exact: true })).toHaveAttribute("href", feed.path);
  }
});
