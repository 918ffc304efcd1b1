import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { watchPage } from "./page-health";

// The draft of e2e/fixtures/posts writes the HTML a post may use (docs/authoring.md, "HTML in a post"). The
// preview build serves it as a static export under the journal's Content-Security-Policy.
const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
const draftUrl = `${previewUrl}/posts/tokenization-at-the-edge`;

test("a post using the allowed HTML renders it, with no console error and no CSP violation", async ({ page }) => {
  const health = watchPage(page);
  await page.goto(draftUrl);
  const article = page.locator("main article");
  await expect(article.locator("kbd")).toHaveText(["Ctrl", "C"]);
  await expect(article.locator("abbr")).toHaveAttribute("title", "Primary account number");
  await expect(article.locator("sup")).toHaveText("128");
  await expect(article.locator("mark")).toHaveText("SAQ A");
  await expect(article.locator("p", { hasText: "eligibility rests on" }).locator("time")).toHaveAttribute(
    "datetime",
    "2017-10-03",
  );
  await health.expectHealthy();
});

test("a post's details open from the keyboard", async ({ page }) => {
  await page.goto(draftUrl);
  const details = page.locator("main article details");
  const summary = details.locator("summary");
  await expect(details).not.toHaveAttribute("open");
  await expect(page.getByText("The page that hosts the form")).toBeHidden();
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(details).toHaveAttribute("open");
  await expect(page.getByText("The page that hosts the form")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("frontmatter text is shown as written, never run: in the page and in its JSON-LD", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const health = watchPage(page);
  await page.goto(draftUrl);
  const markup = "<img src=x onerror=alert(1)> and </script><script>window.pwned=1</script>";
  await expect(page.locator("main article .prose > p").first()).toContainText(markup);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const posting = blocks.map((text) => JSON.parse(text)).find((data) => data["@type"] === "BlogPosting");
  expect(posting.description).toContain(markup);
  expect(await page.evaluate(() => "pwned" in window)).toBe(false);
  expect(dialogs).toEqual([]);
  await health.expectHealthy();
});
