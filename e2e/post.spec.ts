import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { seedIndex } from "./seed";

const pager = (page: Page) => page.getByRole("navigation", { name: "Previous and next posts" });
const tagsOf = async (page: Page) =>
  page.locator("main article header").getByRole("list", { name: "Tags" }).getByRole("link").allTextContents();

// One page load a post, each check a step (the report names the step that failed). The checks of the page as
// loaded are soft (one that fails hides none of the others) and come before the ones that leave it. seedIndex is newest first:
// "previous" is the next older post, "next" the next newer one. The scheduled post (2099) and the draft of
// e2e/fixtures are not in a production build, so they never show up here.
for (const [i, expected] of seedIndex.entries()) {
  test(`the post "${expected.title}": its header, body, links, contents, neighbours, related posts, axe`, async ({
    page,
  }) => {
    await page.goto(`/posts/${expected.slug}`);
    const article = page.locator("main article");

    await test.step("title, author with role, date, reading time and a complete body", async () => {
      await expect.soft(page).toHaveTitle(`${expected.title} · Flight journal`);
      await expect.soft(article.getByRole("heading", { level: 1 })).toHaveText(expected.title);
      await expect.soft(article.locator("header")).toContainText(new RegExp(`${expected.author}, \\S.+`));
      await expect.soft(article.locator("header time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
      await expect.soft(article.locator("header")).toContainText(expected.readingTime);
      await expect.soft(article).toContainText(expected.excerpt);
      // Sections with headings and several paragraphs.
      expect.soft(await article.locator(".prose h2").count()).toBeGreaterThanOrEqual(2);
      expect.soft(await article.locator(".prose p").count()).toBeGreaterThanOrEqual(4);
    });

    await test.step("links to its source file for editing, and back to the journal", async () => {
      await expect.soft(page.getByRole("link", { name: "Edit this post" })).toHaveAttribute(
        "href",
        // A post with files of its own is a folder: <slug>/index.mdx.
        new RegExp(`/edit/main/content/posts/${expected.slug}(?:/index)?\\.mdx$`),
      );
      await expect.soft(page.getByRole("link", { name: "← Back to the journal" }).first()).toHaveAttribute("href", "/");
    });

    await test.step("a table of contents whose links reach its h2 and h3 headings", async () => {
      const toc = page.getByRole("navigation", { name: "On this page" });
      const headings = await article
        .locator(".prose")
        .locator("h2, h3")
        .evaluateAll((nodes) => nodes.map((n) => ({ id: n.id, text: (n.textContent ?? "").replace(/#$/, "").trim() })));
      expect.soft(headings.length).toBeGreaterThanOrEqual(2);
      expect.soft(headings.every(({ id }) => id !== "")).toBe(true);
      const hrefs = await toc.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect.soft(hrefs).toEqual(headings.map(({ id }) => `#${id}`));
      // The entries read as the headings do, without the "#" of their anchors.
      await expect.soft(toc.getByRole("link")).toHaveText(headings.map(({ text }) => text));
    });

    await test.step("links to the next older and next newer posts by date", async () => {
      const neighbours = [
        { link: pager(page).locator("a[rel=prev]"), post: seedIndex[i + 1] },
        { link: pager(page).locator("a[rel=next]"), post: i > 0 ? seedIndex[i - 1] : undefined },
      ];
      for (const { link, post } of neighbours) {
        if (!post) {
          await expect.soft(link).toHaveCount(0);
          continue;
        }
        await expect.soft(link).toHaveAttribute("href", `/posts/${post.slug}`);
        await expect.soft(link).toContainText(post.title);
      }
    });

    await test.step("has no accessibility violations", async () => {
      await expectNoAxeViolations(page);
    });

    await test.step("suggests at most three related posts, each sharing a tag, never itself", async () => {
      const tags = await tagsOf(page);
      const related = page.getByRole("region", { name: "Related posts" });
      const hrefs = (await related.count())
        ? await related.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
        : [];
      expect(hrefs.length).toBeLessThanOrEqual(3);
      expect(hrefs).not.toContain(`/posts/${expected.slug}`);
      for (const href of hrefs) {
        await page.goto(href);
        const shared = (await tagsOf(page)).filter((tag) => tags.includes(tag));
        expect(shared, `${href} shares a tag with ${expected.slug}`).not.toEqual([]);
      }
    });
  });
}

test("a post leads back to the journal", async ({ page }) => {
  await page.goto(`/posts/${seedIndex[2].slug}`);
  await page.getByRole("link", { name: "← Back to the journal" }).first().click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flight journal");
});

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
