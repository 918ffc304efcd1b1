import { expect, test } from "@playwright/test";
import { seedIndex } from "./seed";

// e2e/fixtures/posts holds two drafts (one of them the figures fixture, e2e/figures.spec.ts) and one post scheduled
// far in the future; e2e/serve.sh adds them to the real content for both builds.
const draft = { slug: "tokenization-at-the-edge", title: "Tokenization at the edge" };
const scheduled = { slug: "retries-without-double-charges", title: "Retries without double charges" };
const previewUrl = process.env.E2E_PREVIEW_URL ?? "";

test.describe("a production build", () => {
  test("leaves drafts and scheduled posts out of the index", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("main article")).toHaveCount(seedIndex.length);
    await expect(page.getByText(draft.title)).toHaveCount(0);
    await expect(page.getByText(scheduled.title)).toHaveCount(0);
    await expect(page.getByText(/^(Draft|Scheduled)$/)).toHaveCount(0);
  });

  for (const post of [draft, scheduled]) {
    test(`answers 404 for the unpublished post ${post.slug}`, async ({ page }) => {
      const response = await page.goto(`/posts/${post.slug}`);
      expect(response?.status()).toBe(404);
    });
  }
});

test.describe("a preview build", () => {
  test.beforeEach(() => {
    expect(previewUrl, "E2E_PREVIEW_URL is set by playwright.config.ts").not.toBe("");
  });

  test("lists drafts and scheduled posts with their badge, in date order", async ({ page }) => {
    // The first index page: three posts to a page in this preview (e2e/serve.sh, e2e/pagination.spec.ts).
    await page.goto(`${previewUrl}/`);
    const entries = page.locator("main article");
    await expect(entries).toHaveCount(3);
    // The scheduled post is dated in 2099: newest of all.
    await expect(entries.first().getByRole("heading", { level: 2 })).toContainText(scheduled.title);
    await expect(entries.first().getByText("Scheduled", { exact: true })).toBeVisible();
    const draftEntry = entries.filter({ hasText: draft.title });
    await expect(draftEntry.getByText("Draft", { exact: true })).toBeVisible();
    // Published posts carry no badge.
    await expect(entries.filter({ hasText: seedIndex[0].title }).getByText(/^(Draft|Scheduled)$/)).toHaveCount(0);
  });

  test("renders a draft's page with its badge", async ({ page }) => {
    const response = await page.goto(`${previewUrl}/posts/${draft.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(draft.title);
    await expect(page.getByRole("heading", { level: 1 }).getByText("Draft", { exact: true })).toBeVisible();
  });
});

test("a post without `updated` shows no last update", async ({ page }) => {
  await page.goto(`${previewUrl}/posts/${scheduled.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(scheduled.title);
  await expect(page.locator("main article header")).not.toContainText("Last updated");
});

test("a post shows its last update and a link to edit it", async ({ page }) => {
  await page.goto(`${previewUrl}/posts/${draft.slug}`);
  // From the post's own `updated: "2017-10-20"`, the only source of "Last updated" (never git).
  await expect(page.locator("main article header")).toContainText("Last updated 20 October 2017");
  await expect(page.getByRole("link", { name: "Edit this post" })).toHaveAttribute(
    "href",
    `https://github.com/processout/flight-journal/edit/main/content/posts/${draft.slug}.mdx`,
  );
});
