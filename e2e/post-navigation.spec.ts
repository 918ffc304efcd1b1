import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { seedIndex } from "./seed";

// seedIndex is newest first: "previous" is the next older post, "next" the next newer one. The scheduled
// post (2099) and the draft of e2e/fixtures are not in a production build, so they never show up here.
const pager = (page: Page) => page.getByRole("navigation", { name: "Previous and next posts" });
const tagsOf = async (page: Page) =>
  page.locator("main article header").getByRole("list", { name: "Tags" }).getByRole("link").allTextContents();

for (const [i, post] of seedIndex.entries()) {
  test.describe(`the post "${post.title}"`, () => {
    test("has a table of contents whose links reach its h2 and h3 headings", async ({ page }) => {
      await page.goto(`/posts/${post.slug}`);
      const toc = page.getByRole("navigation", { name: "On this page" });
      const headings = await page
        .locator("main article .prose")
        .locator("h2, h3")
        .evaluateAll((nodes) => nodes.map((n) => ({ id: n.id, text: (n.textContent ?? "").replace(/#$/, "").trim() })));
      expect(headings.length).toBeGreaterThanOrEqual(2);
      expect(headings.every(({ id }) => id !== "")).toBe(true);
      const hrefs = await toc.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(headings.map(({ id }) => `#${id}`));
      // The entries read as the headings do, without the "#" of their anchors.
      await expect(toc.getByRole("link")).toHaveText(headings.map(({ text }) => text));
    });

    test("links to the next older and next newer posts by date", async ({ page }) => {
      await page.goto(`/posts/${post.slug}`);
      const older = seedIndex[i + 1];
      const newer = i > 0 ? seedIndex[i - 1] : undefined;
      const previous = pager(page).locator("a[rel=prev]");
      const next = pager(page).locator("a[rel=next]");
      if (older) {
        await expect(previous).toHaveAttribute("href", `/posts/${older.slug}`);
        await expect(previous).toContainText(older.title);
      } else {
        await expect(previous).toHaveCount(0);
      }
      if (newer) {
        await expect(next).toHaveAttribute("href", `/posts/${newer.slug}`);
        await expect(next).toContainText(newer.title);
      } else {
        await expect(next).toHaveCount(0);
      }
    });

    test("suggests at most three related posts, each sharing a tag, never itself", async ({ page }) => {
      await page.goto(`/posts/${post.slug}`);
      const tags = await tagsOf(page);
      const related = page.getByRole("region", { name: "Related posts" });
      const hrefs = (await related.count())
        ? await related.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
        : [];
      expect(hrefs.length).toBeLessThanOrEqual(3);
      expect(hrefs).not.toContain(`/posts/${post.slug}`);
      for (const href of hrefs) {
        await page.goto(href);
        const shared = (await tagsOf(page)).filter((tag) => tags.includes(tag));
        expect(shared, `${href} shares a tag with ${post.slug}`).not.toEqual([]);
      }
    });
  });
}

test("the newest post has no next post and the oldest no previous one", async ({ page }) => {
  const [newest, secondNewest] = seedIndex;
  const [oldest, secondOldest] = [...seedIndex].reverse();
  if (!oldest || !secondOldest) throw new Error("the seed has at least two posts");
  await page.goto(`/posts/${newest.slug}`);
  await expect(pager(page).locator("a[rel=next]")).toHaveCount(0);
  await expect(pager(page).locator("a[rel=prev]")).toHaveAttribute("href", `/posts/${secondNewest.slug}`);
  await page.goto(`/posts/${oldest.slug}`);
  await expect(pager(page).locator("a[rel=prev]")).toHaveCount(0);
  await expect(pager(page).locator("a[rel=next]")).toHaveAttribute("href", `/posts/${secondOldest.slug}`);
});

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

test("a post with its navigation has no accessibility violations at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/posts/the-secret-life-of-a-transaction");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
