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
  expect(await meta(page, "og:image")).toMatch(/\/posts\/automatons-for-integrity\/opengraph-image/);

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data: { "@type": string; [key: string]: unknown }[] = scripts.map((text) => JSON.parse(text));
  const posting = data.find((d) => d["@type"] === "BlogPosting");
  expect(posting).toMatchObject({
    headline: "Automatons for integrity",
    datePublished: "2017-03-21",
    url: canonical,
    author: { "@type": "Person", name: "Guillaume Merindol" },
  });
  const breadcrumbs = data.find((d) => d["@type"] === "BreadcrumbList");
  expect(breadcrumbs).toMatchObject({
    itemListElement: [
      { position: 1, name: "Flight journal" },
      { position: 2, name: "Automatons for integrity", item: canonical },
    ],
  });
});

test("the index is a website with its own canonical URL and the default card", async ({ page }) => {
  await page.goto("/");
  expect(await meta(page, "og:type")).toBe("website");
  expect(await page.locator('head link[rel="canonical"]').getAttribute("href")).toMatch(/^https:\/\/[^/]+\/?$/);
  expect(await meta(page, "og:image")).toMatch(/\/opengraph-image/);
});

for (const path of ["/opengraph-image", "/posts/the-payment-crew/opengraph-image"]) {
  test(`${path} is a 1200×630 PNG`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test("a draft has no social card in production", async ({ request }) => {
  expect((await request.get("/posts/tokenization-at-the-edge/opengraph-image")).status()).toBe(404);
});
