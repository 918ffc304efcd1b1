import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

// A post with at least two fenced code blocks, and what each block holds as the author wrote it.
const postsDir = path.resolve(import.meta.dirname, "../content/posts");
const fences = (source: string) =>
  [...source.matchAll(/^```[^\n]*\n([\s\S]*?)\n```$/gm)].map((match) => match[1] ?? "");
// A post is <slug>.mdx, or <slug>/index.mdx when it has files of its own.
const [slug, blocks] =
  readdirSync(postsDir, { withFileTypes: true })
    .map((entry): [string, string[]] => [
      entry.name.replace(/\.mdx$/, ""),
      fences(readFileSync(path.join(postsDir, entry.name, entry.isDirectory() ? "index.mdx" : ""), "utf8")),
    ])
    .find(([, found]) => found.length >= 2) ?? [];
const codeFigures = (page: Page) => page.locator("main article figure[data-rehype-pretty-code-figure]");

test.beforeAll(() => {
  expect(slug, "a post with two code blocks").toBeDefined();
});

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("clicking Copy puts the block's exact text on the clipboard and says so", async ({ page }) => {
  await page.goto(`/posts/${slug}`);
  const figure = codeFigures(page).first();
  const button = figure.getByRole("button", { name: "Copy" });
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(blocks?.[0]);
  await expect(figure.getByRole("status")).toHaveText("Copied");
  await expect(figure.getByRole("button")).toHaveText("Copied");
  await expect(figure.getByRole("button")).toHaveText("Copy", { timeout: 5000 });
});

test("pressing Enter on Copy copies that block", async ({ page }) => {
  await page.goto(`/posts/${slug}`);
  const button = codeFigures(page).nth(1).getByRole("button", { name: "Copy" });
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(codeFigures(page).nth(1).getByRole("status")).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(blocks?.[1]);
});

test("without JavaScript there is no button, and showing it moves nothing", async ({ browser }) => {
  const boxes = [];
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`/posts/${slug}`);
    const figure = codeFigures(page).first();
    if (javaScriptEnabled) await expect(figure.getByRole("button", { name: "Copy" })).toBeVisible();
    else await expect(figure.locator("[data-copy-code]")).toBeHidden();
    boxes.push(await figure.locator("pre").boundingBox());
    await context.close();
  }
  expect(boxes[1]).toEqual(boxes[0]);
});
