import { expect, test, type Page } from "@playwright/test";
import { immutableCache, shortLivedCache } from "../lib/deploy/http-headers.mjs";
import { expectSecurityHeaders, openSearchWithSlash, pageTypes, watchPage } from "./page-health";
import { seedIndex } from "./seed";

// The production server (`next start`): headers from next.config.mjs, and pages that run clean under them.

const post = seedIndex[0].slug;

const firstAsset = async (page: Page, selector: string, attribute: string) => {
  const url = await page.locator(selector).first().getAttribute(attribute);
  expect(url, selector).toBeTruthy();
  return url ?? "";
};

test.describe("a production server", () => {
  for (const { name, path } of pageTypes) {
    test(`the ${name} page runs with 0 console errors and 0 CSP violations`, async ({ page }) => {
      const health = watchPage(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(name === "404" ? 404 : 200);
      expectSecurityHeaders(response?.headers() ?? {}, path);
      await health.expectHealthy();
    });
  }

  test("search loads its engine (WebAssembly) and finds a post under the policy", async ({ page }) => {
    const health = watchPage(page);
    await page.goto("/");
    const dialog = await openSearchWithSlash(page);
    await dialog.getByRole("searchbox").fill("elasticsearch");
    await expect(dialog.getByRole("link").first()).toBeVisible();
    await health.expectHealthy();
  });

  test("pages, feeds and social cards are short-lived at the edge; hashed assets are immutable", async ({
    page,
    request,
  }) => {
    for (const path of ["/", `/posts/${post}`, "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expectSecurityHeaders(response.headers(), path);
      expect(response.headers()["cache-control"], path).toBe(shortLivedCache);
      expect(response.headers()["x-robots-tag"], path).toBeUndefined();
    }
    await page.goto(`/posts/${post}`);
    const assets = [
      await firstAsset(page, 'link[rel="stylesheet"]', "href"),
      await firstAsset(page, "script[src]", "src"),
      await firstAsset(page, 'link[rel="preload"][as="font"]', "href"),
    ];
    for (const asset of assets) {
      expect(asset).toMatch(/^\/_next\/static\//);
      const response = await request.get(asset);
      expect(response.status(), asset).toBe(200);
      expectSecurityHeaders(response.headers(), asset);
      expect(response.headers()["cache-control"], asset).toBe(immutableCache);
    }
  });

  test("production is indexable: no robots meta, no X-Robots-Tag, no preview banner", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.headers()["x-robots-tag"]).toBeUndefined();
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    await expect(page.getByRole("complementary", { name: "Preview deployment" })).toHaveCount(0);
  });
});
