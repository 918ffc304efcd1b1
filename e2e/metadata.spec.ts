import { expect, test, type Page } from "@playwright/test";

const meta = (page: Page, key: string) =>
  page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute("content");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer) {
  expect(body.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

test("a post carries its canonical URL, OpenGraph article tags, a Twitter card and JSON-LD", async ({ page }) => {
  await page.goto("/posts/automatons-for-integrity");
  await expect(page).toHaveTitle("Automatons for integrity · Flight journal");
  expect(await meta(page, "description")).toMatch(/^Bugs are always messy/);
  const canonical = await page.locator('head link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/^https:\/\/[^/]+\/posts\/automatons-for-integrity$/);
  expect(await meta(page, "og:type")).toBe("article");
  expect(await meta(page, "og:url")).toBe(canonical);
  expect(await meta(page, "article:published_time")).toBe("2017-03-21");
  expect(await meta(page, "article:modified_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await meta(page, "article:author")).toBe("Guillaume Merindol");
  await expect(page.locator('head meta[property="article:tag"]')).toHaveCount(2);
  expect(await meta(page, "twitter:card")).toBe("summary_large_image");
  const card = await meta(page, "og:image");
  expect(card).toMatch(/^https:\/\/[^/]+\/_next\/static\/cards\/[0-9a-f]{24}\.png$/);
  expect(await meta(page, "twitter:image")).toBe(card);
  expect(await meta(page, "og:image:alt")).toBe("Automatons for integrity, by Guillaume Merindol · 21 March 2017");

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data: { "@type": string; [key: string]: unknown }[] = scripts.map((text) => JSON.parse(text));
  const posting = data.find((d) => d["@type"] === "BlogPosting");
  expect(posting).toMatchObject({
    headline: "Automatons for integrity",
    datePublished: "2017-03-21",
    url: canonical,
    author: { "@type": "Person", name: "Guillaume Merindol" },
    image: card,
  });
  const breadcrumbs = data.find((d) => d["@type"] === "BreadcrumbList");
  expect(breadcrumbs).toMatchObject({
    itemListElement: [
      { position: 1, name: "Flight journal" },
      { position: 2, name: "Automatons for integrity", item: canonical },
    ],
  });
});

test("the index is a website with its own canonical URL and the journal's card", async ({ page }) => {
  await page.goto("/");
  expect(await meta(page, "og:type")).toBe("website");
  expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toMatch(/^https:\/\/[^/]+\/?$/);
  expect(await meta(page, "og:image:alt")).toBe("Flight journal: A journey in ProcessOut's mission control");
});

/** The card a page points at, as a path on the server under test. */
async function cardOf(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(path.includes("does-not-exist") ? 404 : 200);
  const card = await meta(page, "og:image");
  expect(card, path).toMatch(/\/_next\/static\/cards\/[0-9a-f]{24}\.png$/);
  return new URL(card as string).pathname;
}

test("every page's card is served: a 1200×630 PNG kept for good, the journal's on every page but a post", async ({
  page,
  request,
}) => {
  const paths = ["/", "/archive", "/tags/security", "/authors", "/this-page-does-not-exist", "/posts/the-payment-crew"];
  const cards = new Map<string, string>();
  for (const path of paths) cards.set(path, await cardOf(page, path));
  for (const [path, card] of cards) {
    const response = await request.get(card);
    expect(response.status(), `${path}: ${card}`).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  }
  const journal = new Set(paths.slice(0, -1).map((path) => cards.get(path)));
  expect(journal.size).toBe(1);
  expect(journal.has(cards.get("/posts/the-payment-crew"))).toBe(false);
  expect(await cardOf(page, "/posts/automatons-for-integrity")).not.toBe(cards.get("/posts/the-payment-crew"));
});

test("a draft's card is drawn for the preview that shows it, never for production", async ({ page, request }) => {
  const preview = process.env.E2E_PREVIEW_URL;
  expect(preview, "the preview server's URL").toBeTruthy();
  await page.goto(`${preview}/posts/tokenization-at-the-edge`);
  const card = new URL((await meta(page, "og:image")) as string).pathname;
  expect((await request.get(`${preview}${card}`)).status()).toBe(200);
  expect((await request.get(card)).status()).toBe(404);
});
