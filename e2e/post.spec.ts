import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { seedIndex } from "./seed";

for (const expected of seedIndex) {
  test.describe(`the post "${expected.title}"`, () => {
    test("renders its title, author with role, date, reading time and body", async ({ page }) => {
      await page.goto(`/posts/${expected.slug}`);
      await expect(page).toHaveTitle(`${expected.title} · Flight journal`);
      const article = page.locator("main article");
      await expect(article.getByRole("heading", { level: 1 })).toHaveText(expected.title);
      await expect(article.locator("header")).toContainText(new RegExp(`${expected.author}, \\S.+`));
      await expect(article.locator("header time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
      await expect(article.locator("header")).toContainText(expected.readingTime);
      await expect(article).toContainText(expected.excerpt);
      // A complete article: sections with headings and several paragraphs.
      expect(await article.locator(".prose h2").count()).toBeGreaterThanOrEqual(2);
      expect(await article.locator(".prose p").count()).toBeGreaterThanOrEqual(4);
    });

    test("links to its source file for editing", async ({ page }) => {
      await page.goto(`/posts/${expected.slug}`);
      await expect(page.getByRole("link", { name: "Edit this post" })).toHaveAttribute(
        "href",
        // A post with files of its own is a folder: <slug>/index.mdx.
        new RegExp(`/edit/main/content/posts/${expected.slug}(?:/index)?\\.mdx$`),
      );
    });

    test("leads back to the journal", async ({ page }) => {
      await page.goto(`/posts/${expected.slug}`);
      await page.getByRole("link", { name: "← Back to the journal" }).first().click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flight journal");
    });

    test("has no accessibility violations", async ({ page }) => {
      await page.goto(`/posts/${expected.slug}`);
      await expectNoAxeViolations(page);
    });
  });
}

test("code blocks are highlighted at build time, with their title", async ({ page }) => {
  await page.goto("/posts/automatons-for-integrity");
  const figure = page.locator("figure[data-rehype-pretty-code-figure]").first();
  await expect(figure).toBeVisible();
  await expect(figure.locator("[data-rehype-pretty-code-title]")).toHaveText(/\.ts$/);
  // Highlighted tokens carry both themes' colours inline; no highlighter runs in the browser.
  const colours = await figure
    .locator("code span[style*='--shiki-light']")
    .evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
  expect(colours).toBeGreaterThan(3);
});

test("inline code stays on the line of the sentence around it", async ({ page }) => {
  await page.goto("/posts/automatons-for-integrity");
  const code = page.locator(".prose p > code").first();
  await expect(code).toBeVisible();
  const { display, codeTop, textTop } = await code.evaluate((element) => {
    // The last character of the text just before the code, and the code itself, on the same line.
    const before = element.previousSibling;
    const range = document.createRange();
    if (before?.nodeType === Node.TEXT_NODE && before.textContent) {
      range.setStart(before, before.textContent.trimEnd().length - 1);
      range.setEnd(before, before.textContent.trimEnd().length);
    }
    return {
      display: getComputedStyle(element).display,
      codeTop: element.getBoundingClientRect().top,
      textTop: range.getBoundingClientRect().top,
    };
  });
  expect(display).toBe("inline");
  expect(Math.abs(codeTop - textTop)).toBeLessThan(8);
});

test("headings have anchors a reader can link to", async ({ page }) => {
  await page.goto("/posts/introduction-to-pci-dss");
  const id = await page.locator(".prose h2").first().getAttribute("id");
  expect(id).toMatch(/^[a-z0-9-]+$/);
});

test("posts link to each other where the text refers to another post", async ({ page }) => {
  await page.goto("/posts/zero-downtime-elasticsearch-migrations");
  await page.locator("main .prose a[href='/posts/resilient-elasticsearch-based-search-and-analytics']").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Resilient Elasticsearch based search and analytics",
  );
});
