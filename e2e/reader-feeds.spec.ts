import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { all, at, attribute, parseXml, textOf } from "./feed-parse";

// Each author and each tag has its own RSS, Atom and JSON Feed beside its page. The page's own list of posts
// is the oracle: a feed lists exactly those, newest first (the e2e fixtures' draft and scheduled post never).
const unpublished = ["tokenization-at-the-edge", "retries-without-double-charges"];

async function pagesOf(page: Page, index: string): Promise<string[]> {
  await page.goto(index);
  return page
    .locator("main a[href]")
    .evaluateAll(
      (links, prefix) =>
        [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))].filter(
          (path) => path.startsWith(prefix) && path.split("/").length === 3,
        ),
      index,
    );
}

async function titlesOn(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  return page.locator("main article h2").allInnerTexts();
}

async function feedTitles(request: APIRequestContext, path: string): Promise<Record<string, string[]>> {
  const get = async (feed: string, type: string) => {
    const response = await request.get(`${path}/${feed}`);
    expect(response.status(), `${path}/${feed}`).toBe(200);
    expect(response.headers()["content-type"]).toBe(`${type}; charset=utf-8`);
    const text = await response.text();
    for (const slug of unpublished) expect(text).not.toContain(slug);
    return text;
  };
  const rss = at(parseXml(await get("feed.xml", "application/rss+xml")), "rss", "channel");
  const atom = at(parseXml(await get("atom.xml", "application/atom+xml")), "feed");
  const json: unknown = JSON.parse(await get("feed.json", "application/feed+json"));
  const jsonItems = typeof json === "object" && json && "items" in json && Array.isArray(json.items) ? json.items : [];
  // Every address is absolute, and the feed points at the page it follows and at itself.
  expect(textOf(at(rss, "link"))).toMatch(new RegExp(`^https?://[^/]+${path}$`));
  for (const item of all(rss, "item")) {
    expect(textOf(at(item, "link"))).toMatch(/^https?:\/\/[^/]+\/posts\/[a-z0-9-]+$/);
    expect(textOf(at(item, "content:encoded"))).not.toMatch(/(?:href|src)="(?!https?:\/\/)/);
  }
  const self = all(atom, "link").find((link) => attribute(link, "rel") === "self");
  expect(attribute(self, "href")).toMatch(new RegExp(`^https?://[^/]+${path}/atom.xml$`));
  return {
    rss: all(rss, "item").map((item) => textOf(at(item, "title"))),
    atom: all(atom, "entry").map((entry) => textOf(at(entry, "title"))),
    json: jsonItems.map((item: unknown) =>
      typeof item === "object" && item && "title" in item ? String(item.title) : "",
    ),
  };
}

for (const index of ["/authors", "/tags"]) {
  test(`every page under ${index} has RSS, Atom and JSON feeds of exactly its posts`, async ({ page, request }) => {
    const pages = await pagesOf(page, index);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const path of pages) {
      const expected = await titlesOn(page, path);
      const feeds = await feedTitles(request, path);
      expect(feeds, path).toEqual({ rss: expected, atom: expected, json: expected });
    }
  });
}

test("an author's and a tag's page announce their own feeds beside the journal's", async ({ page, request }) => {
  for (const path of ["/authors/manuel-huez", "/tags/elasticsearch"]) {
    await page.goto(path);
    const alternates = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
    await expect(alternates).toHaveCount(2);
    const hrefs = await alternates.evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs[0]).toMatch(new RegExp(`^https?://[^/]+${path}/feed.xml$`));
    expect(hrefs[1]).toMatch(/^https?:\/\/[^/]+\/feed.xml$/);
    expect((await request.get(`${path}/feed.xml`)).status()).toBe(200);
  }
});

test("/feeds lists every feed a reader can follow, each answering, and is reachable from the footer", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Feeds" }).click();
  await expect(page).toHaveURL(/\/feeds$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Feeds");
  const links = page.locator("main a[type]");
  // The journal, each author and each tag, three formats each.
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
  expect(hrefs.length).toBe((1 + (await pagesOf(page, "/authors")).length + (await pagesOf(page, "/tags")).length) * 3);
  for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/feeds");
    await expectNoAxeViolations(page);
  }
});

test("an unknown author's or tag's feed is the site's 404", async ({ request }) => {
  for (const path of ["/authors/nobody/feed.xml", "/tags/not-a-tag/atom.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
