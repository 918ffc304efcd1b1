import { expect, test, type Page } from "@playwright/test";
import { seedIndex } from "./seed";

// Each post's contents, neighbours and related posts: post.spec.ts; a post with its navigation at 320 px:
// components.spec.ts. Here, what following a link does.
const pager = (page: Page) => page.getByRole("navigation", { name: "Previous and next posts" });

test("related posts are ranked and lead to the post", async ({ page }) => {
  // The two Elasticsearch posts share both their tags; the two payments posts share one.
  await page.goto("/posts/resilient-elasticsearch-based-search-and-analytics");
  const related = page.getByRole("region", { name: "Related posts" });
  await expect(related.getByRole("link")).toHaveText(["Zero-downtime Elasticsearch migrations"]);
  await page.goto("/posts/the-payment-crew");
  await page.getByRole("region", { name: "Related posts" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/posts\/the-secret-life-of-a-transaction$/);
});

test("a post whose tags no other post shares shows no related posts", async ({ page }) => {
  await page.goto("/posts/automatons-for-integrity");
  await expect(page.getByRole("region", { name: "Related posts" })).toHaveCount(0);
});

test("following a table of contents entry moves to its section", async ({ page }) => {
  await page.goto("/posts/introduction-to-pci-dss");
  const link = page.getByRole("navigation", { name: "On this page" }).getByRole("link").nth(2);
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`[id="${href.slice(1)}"]`)).toBeInViewport();
});

test("the previous and next links walk the journal", async ({ page }) => {
  await page.goto(`/posts/${seedIndex[1].slug}`);
  await pager(page).locator("a[rel=next]").click();
  await expect(page).toHaveURL(new RegExp(`/posts/${seedIndex[0].slug}$`));
  await pager(page).locator("a[rel=prev]").click();
  await expect(page).toHaveURL(new RegExp(`/posts/${seedIndex[1].slug}$`));
});
