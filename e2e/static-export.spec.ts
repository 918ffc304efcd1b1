import { expect, test } from "@playwright/test";
import { readDeployment } from "../lib/deploy/deployment.mjs";
import { shortLivedCache } from "../lib/deploy/http-headers.mjs";
import { expectSecurityHeaders, openSearchWithSlash, pageTypes, watchPage } from "./page-health";
import { seedIndex } from "./seed";

// The preview deployment as .github/workflows/preview.yml makes it: `npm run export` with SITE_ENV=preview
// and a BASE_PATH, served by a plain static file server with the headers a static host is given
// (e2e/serve.sh). Every page type, its links, assets, feeds, sitemap, social cards and search, under the
// base path.

const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
const basePath = process.env.E2E_PREVIEW_BASE_PATH ?? "";
const origin = previewUrl.slice(0, previewUrl.length - basePath.length);
// What the build itself read: the branch and commit of this checkout (or of the CI's variables).
const source = readDeployment({ ...process.env, SITE_ENV: "preview", BASE_PATH: basePath });
const post = seedIndex[0].slug;

test.beforeAll(() => {
  expect(basePath, "E2E_PREVIEW_BASE_PATH is set by playwright.config.ts").toMatch(/^\/\S+/);
  expect(previewUrl.endsWith(basePath)).toBe(true);
});

for (const { name, path } of pageTypes) {
  test(`the ${name} page works under the base path, with the preview banner and no errors`, async ({ page }) => {
    const health = watchPage(page);
    const response = await page.goto(`${previewUrl}${path === "/" ? "" : path}`);
    expect(response?.status()).toBe(name === "404" ? 404 : 200);
    const headers = response?.headers() ?? {};
    expectSecurityHeaders(headers, path);
    expect(headers["x-robots-tag"]).toBe("noindex, nofollow");
    expect(headers["cache-control"]).toBe(shortLivedCache);
    // Ours on every page (the 404 page also carries Next's own "noindex").
    const robots = await page
      .locator('meta[name="robots"]')
      .evaluateAll((metas) => metas.map((m) => m.getAttribute("content")));
    expect(robots).toContain("noindex, nofollow");

    const banner = page.getByRole("complementary", { name: "Preview deployment" });
    await expect(banner).toBeVisible();
    if (source.branch) await expect(banner).toContainText(`of branch ${source.branch}`);
    if (source.shortCommit) await expect(banner).toContainText(`at commit ${source.shortCommit}`);

    // Every link inside the journal carries the base path and answers.
    const hrefs = await page
      .locator("a[href^='/']")
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute("href") ?? ""))]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      expect(href, `a link on ${path}`).toMatch(new RegExp(`^${basePath}(/|$)`));
      const target = await page.request.get(`${origin}${href.split("#")[0]}`);
      expect(target.status(), `${href} linked from ${path}`).toBe(200);
    }
    await health.expectHealthy();
  });
}

test("canonical URLs still point at production", async ({ page }) => {
  await page.goto(`${previewUrl}/posts/${post}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `https://blog.processout.com/posts/${post}`,
  );
});

test("feeds, sitemap, robots.txt and social cards are served under the base path", async ({ request }) => {
  const expected: { path: string; type: RegExp }[] = [
    { path: "/feed.xml", type: /xml/ },
    { path: "/atom.xml", type: /xml/ },
    { path: "/feed.json", type: /json/ },
    { path: "/sitemap.xml", type: /xml/ },
    { path: "/robots.txt", type: /text\/plain/ },
  ];
  const html = await (await request.get(`${previewUrl}/posts/${post}`)).text();
  const card = /<meta property="og:image" content="[^"]*(\/_next\/static\/cards\/[0-9a-f]+\.png)"/.exec(html)?.[1];
  expect(card, "the post's card").toBeTruthy();
  expected.push({ path: card as string, type: /^image\/png$/ });
  for (const { path, type } of expected) {
    const response = await request.get(`${previewUrl}${path}`);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    expectSecurityHeaders(response.headers(), path);
  }
  expect(await (await request.get(`${previewUrl}/robots.txt`)).text()).toMatch(/^Disallow: \/$/m);
});

test("search finds a draft and its result opens the post under the base path", async ({ page }) => {
  const health = watchPage(page);
  await page.goto(previewUrl);
  const dialog = await openSearchWithSlash(page);
  await dialog.getByRole("searchbox").fill("tokenization");
  const result = dialog.getByRole("link", { name: /Tokenization at the edge/ });
  await expect(result).toHaveAttribute("href", `${basePath}/posts/tokenization-at-the-edge`);
  await result.click();
  await expect(page).toHaveURL(`${previewUrl}/posts/tokenization-at-the-edge`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tokenization at the edge");
  await health.expectHealthy();
});
