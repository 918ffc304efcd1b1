import { expect, test, type Page, type Request } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { openSearchWithSlash } from "./page-health";

// Search is Pagefind's index of the build's HTML, served from /_next/static/pagefind/<version>/ and loaded
// only when a reader opens the dialog (components/search.tsx, lib/search/).
const bundle = "/_next/static/pagefind/";
const isSearchRequest = (request: Request) => new URL(request.url()).pathname.includes(bundle);
const previewUrl = process.env.E2E_PREVIEW_URL ?? "";

// "interchange" is in one published post only. The draft and the scheduled post (e2e/fixtures/posts) are
// looked up by their titles and by a word only they contain ("sooner", "idempotency"). Pagefind falls back
// to partial matches, so a query may list other posts: what matters is that these two never appear.
const published = {
  query: "interchange",
  slug: "the-secret-life-of-a-transaction",
  title: "The secret life of a transaction",
};
const draft = { word: "sooner", slug: "tokenization-at-the-edge", title: "Tokenization at the edge" };
const scheduled = {
  word: "idempotency",
  slug: "retries-without-double-charges",
  title: "Retries without double charges",
};

const dialog = (page: Page) => page.getByRole("dialog", { name: "Search the journal" });
const field = (page: Page) => dialog(page).getByRole("searchbox");
const status = (page: Page) => dialog(page).getByRole("status");
const searchButton = (page: Page) => page.getByRole("banner").getByRole("button", { name: "Search" });

async function searchFor(page: Page, query: string) {
  await field(page).fill(query);
  await expect(status(page)).toContainText(`“${query}”`);
}

test("a page view requests nothing of the search until it is opened", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => {
    if (isSearchRequest(request)) requests.push(request.url());
  });
  for (const path of ["/", `/posts/${published.slug}`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  await searchButton(page).hover();
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);

  await openSearchWithSlash(page);
  await searchFor(page, published.query);
  expect(requests.some((url) => url.includes("/pagefind.js"))).toBe(true);
});

test("'/' opens search; a query finds the post with its match marked; arrows and Enter open it", async ({ page }) => {
  await page.goto("/");
  await openSearchWithSlash(page);
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue("");

  await searchFor(page, published.query);
  await expect(status(page)).toHaveText(`1 post matches “${published.query}”.`);
  const result = dialog(page).getByRole("link", { name: new RegExp(published.title) });
  await expect(result).toHaveAttribute("href", `/posts/${published.slug}`);
  await expect(result.locator("mark").first()).toHaveText(/interchange/i);

  await page.keyboard.press("ArrowDown");
  await expect(result).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(field(page)).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(result).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/posts/${published.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(published.title);
  await expect(dialog(page)).toBeHidden();
});

test("shows a no-results state; Escape closes and returns focus; the button opens it", async ({ page }) => {
  await page.goto(`/posts/${published.slug}`);
  await expect(async () => {
    await searchButton(page).click();
    await expect(dialog(page)).toBeVisible({ timeout: 1000 });
  }).toPass();
  await expect(field(page)).toBeFocused();

  await searchFor(page, "qzxjvw");
  await expect(status(page)).toHaveText("No posts match “qzxjvw”.");
  await expect(dialog(page).getByRole("link")).toHaveCount(0);

  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();

  // Opened with "/" from the page, it also hands focus back to the button.
  await page.locator("body").click({ position: { x: 5, y: 400 } });
  await openSearchWithSlash(page);
  await page.keyboard.press("Escape");
  await expect(searchButton(page)).toBeFocused();
});

test("a production build finds no draft or scheduled post", async ({ page }) => {
  await page.goto("/");
  await openSearchWithSlash(page);
  for (const post of [draft, scheduled]) {
    for (const query of [post.title.toLowerCase(), post.word]) {
      await searchFor(page, query);
      await expect(dialog(page).locator(`a[href*="${post.slug}"]`)).toHaveCount(0);
      await expect(dialog(page).getByRole("link", { name: new RegExp(post.title, "i") })).toHaveCount(0);
    }
  }
});

test("a preview build finds its draft and scheduled posts", async ({ page }) => {
  expect(previewUrl, "E2E_PREVIEW_URL is set by playwright.config.ts").not.toBe("");
  await page.goto(`${previewUrl}/`);
  await openSearchWithSlash(page);
  for (const post of [draft, scheduled]) {
    await searchFor(page, post.title.toLowerCase());
    // The preview is served under a base path: result links carry it.
    const href = `${process.env.E2E_PREVIEW_BASE_PATH ?? ""}/posts/${post.slug}`;
    await expect(dialog(page).locator(`a[href="${href}"]`)).toContainText(post.title);
  }
});

test("the open dialog has no accessibility violations, in both themes", async ({ page }) => {
  await page.goto("/");
  await openSearchWithSlash(page);
  await searchFor(page, "payment");
  await expect(dialog(page).getByRole("link").first()).toBeVisible();
  await expect(dialog(page)).toHaveAttribute("aria-labelledby", /.+/);
  await expectNoAxeViolations(page);
  await page.evaluate(() => (document.documentElement.dataset.theme = "dark"));
  await expectNoAxeViolations(page);
});

test("one query transfers under 100 KB of index data", async ({ page }) => {
  // Transfer = encoded body + headers of each response, as the browser received them. The engine
  // (pagefind.js and its WebAssembly, ~86 KB) is fetched once and then cached for a year; the query's own
  // data (entry, metadata, index chunks, the shown results' fragments) is what grows with the journal.
  const finished: Request[] = [];
  let started = 0;
  page.on("request", (request) => {
    if (isSearchRequest(request)) started++;
  });
  page.on("requestfinished", (request) => {
    if (isSearchRequest(request)) finished.push(request);
  });
  await page.goto("/");
  await openSearchWithSlash(page);
  await searchFor(page, published.query);
  await expect(dialog(page).getByRole("link", { name: new RegExp(published.title) })).toBeVisible();
  await expect.poll(() => finished.length).toBe(started);

  let engine = 0;
  let data = 0;
  for (const request of finished) {
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    if (/\/(pagefind\.js|wasm\.[\w-]+\.pagefind)$/.test(new URL(request.url()).pathname)) engine += bytes;
    else data += bytes;
  }
  test.info().annotations.push({ type: "search bytes", description: `engine ${engine} B, query data ${data} B` });
  expect(data).toBeGreaterThan(0);
  expect(data).toBeLessThan(100_000);
  // The engine without its worker or ready-made UI: a regression guard on the fixed cost.
  expect(engine).toBeGreaterThan(0);
  expect(engine).toBeLessThan(90_000);
});
