import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { seedIndex } from "./seed";

// e2e/serve.sh builds the preview with three posts to an index page (POSTS_PER_PAGE=3): its nine posts (the
// six published, two drafts and the scheduled post) make the pages /, /page/2 and /page/3, under its base path.
const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
const basePath = process.env.E2E_PREVIEW_BASE_PATH ?? "";
const newestFirst = [
  "Retries without double charges",
  "Tokenization at the edge",
  ...seedIndex.map((post) => post.title),
  "Figures in a post",
] as const;
const entries = (page: Page) => page.locator("main article");
const titles = (page: Page) => entries(page).getByRole("heading", { level: 2 });
const headLink = (page: Page, rel: "prev" | "next") => page.locator(`head link[rel="${rel}"]`);
const pages = (page: Page) => page.getByRole("navigation", { name: "Pages" });

test.describe("the index of a journal longer than one page", () => {
  test.beforeEach(() => {
    expect(previewUrl, "E2E_PREVIEW_URL is set by playwright.config.ts").not.toBe("");
  });

  test("the first page shows three entries and leads to page 2", async ({ page }) => {
    await page.goto(`${previewUrl}/`);
    await expect(titles(page)).toHaveText(newestFirst.slice(0, 3).map((title) => new RegExp(title)));
    await expect(headLink(page, "next")).toHaveAttribute("href", /\/page\/2$/);
    await expect(headLink(page, "prev")).toHaveCount(0);
    await expect(pages(page).getByRole("link", { name: "Older posts →" })).toHaveAttribute(
      "href",
      `${basePath}/page/2`,
    );
    await expect(pages(page).getByRole("link", { name: /Newer posts/ })).toHaveCount(0);
    await expect(pages(page)).toContainText("Page 1 of 3");
  });

  test("a middle page links back to the first page and on to the next", async ({ page }) => {
    const response = await page.goto(`${previewUrl}/page/2`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle("Page 2 of 3 · Flight journal");
    await expect(titles(page)).toHaveText(newestFirst.slice(3, 6).map((title) => new RegExp(title)));
    // The first page is the site's root (Next writes it without the trailing slash).
    await expect(headLink(page, "prev")).toHaveAttribute("href", /^https?:\/\/[^/]+\/?$/);
    await expect(headLink(page, "next")).toHaveAttribute("href", /\/page\/3$/);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/page\/2$/);
    await expect(pages(page).getByRole("link", { name: "← Newer posts" })).toHaveAttribute("href", basePath);
    await expect(pages(page).getByRole("link", { name: "Older posts →" })).toHaveAttribute(
      "href",
      `${basePath}/page/3`,
    );
  });

  test("the last page holds the remaining three entries and has no next page", async ({ page }) => {
    await page.goto(`${previewUrl}/page/3`);
    await expect(titles(page)).toHaveText(newestFirst.slice(6).map((title) => new RegExp(title)));
    await expect(headLink(page, "next")).toHaveCount(0);
    await expect(headLink(page, "prev")).toHaveAttribute("href", /\/page\/2$/);
    await expect(pages(page).getByRole("link", { name: /Older posts/ })).toHaveCount(0);
    await expect(pages(page).getByRole("link", { name: "← Newer posts" })).toHaveAttribute(
      "href",
      `${basePath}/page/2`,
    );
  });

  test("a reader walks every page in date order, newest first", async ({ page }) => {
    await page.goto(`${previewUrl}/`);
    const dates: string[] = [];
    for (let number = 1; number <= 3; number++) {
      // Wait for the page itself, not only its address: links navigate on the client.
      await expect(pages(page)).toContainText(`Page ${number} of 3`);
      dates.push(
        ...(await entries(page)
          .locator("time")
          .evaluateAll((n) => n.map((t) => t.getAttribute("datetime") ?? ""))),
      );
      const older = pages(page).getByRole("link", { name: "Older posts →" });
      if (number === 3) await expect(older).toHaveCount(0);
      else await older.click();
    }
    expect(dates).toHaveLength(newestFirst.length);
    expect(new Set(dates).size).toBe(newestFirst.length);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("a page past the last answers the site's 404", async ({ page }) => {
    const response = await page.goto(`${previewUrl}/page/4`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is off our charts");
  });

  test("entries keep the journal's layout on every page", async ({ page }) => {
    for (const path of ["/", "/page/2", "/page/3"]) {
      await page.goto(`${previewUrl}${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flight journal");
      for (const entry of await entries(page).all()) {
        const title = entry.getByRole("heading", { level: 2 }).getByRole("link");
        const text = (await title.textContent()) ?? "";
        await expect(title).toHaveAttribute("href", new RegExp(`^${basePath}/posts/[a-z0-9-]+$`));
        await expect(entry.getByText(/^by /)).toHaveText(/^by \S.* on \d{1,2} \w+ \d{4}$/);
        await expect(entry.getByRole("link", { name: /^Dive in/ })).toHaveText(
          new RegExp(`^Dive in “${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}” \\([\\d.]+ minutes? read\\) →$`),
        );
      }
    }
  });

  test("a later page has no accessibility violations", async ({ page }) => {
    await page.goto(`${previewUrl}/page/2`);
    await expectNoAxeViolations(page);
  });
});

test.describe("the index of a journal that fits on one page", () => {
  test("has no other pages and no pagination links", async ({ page }) => {
    await page.goto("/");
    await expect(headLink(page, "next")).toHaveCount(0);
    await expect(headLink(page, "prev")).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
    // /page/1 is the index itself.
    await page.goto("/page/1");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flight journal");
  });

  test("/page/1 redirects permanently to the index", async ({ request }) => {
    const response = await request.get("/page/1", { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers()["location"]).toBe("/");
  });

  for (const path of ["/page/2", "/page/0", "/page/02", "/page/x"]) {
    test(`${path} answers 404`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is off our charts");
    });
  }
});
