import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The post has code blocks: axe also sees their Copy buttons, which the page adds once it runs.
const pages = [
  { name: "index", path: "/", copyButtons: false },
  { name: "post", path: "/posts/automatons-for-integrity", copyButtons: true },
];
// A failing test's report keeps a picture of the whole page, for a person to judge the look.
test.use({ screenshot: { mode: "only-on-failure", fullPage: true } });

// axe at the narrowest and the widest: 768 px has the wide layout (sm: and up) and, as 320 px, no margin notes.
const widths = [320, 768, 1280];
const axeWidths = new Set([320, 1280]);
const themes = ["light", "dark"] as const;

for (const { name, path, copyButtons } of pages) {
  for (const width of widths) {
    for (const theme of themes) {
      const checks = axeWidths.has(width)
        ? "fits, follows the system theme, has no violations"
        : "fits, follows the system theme";
      test(`${name} at ${width}px in ${theme}: ${checks}`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        if (copyButtons) await expect(page.getByRole("button", { name: "Copy" }).first()).toBeVisible();
        if (axeWidths.has(width)) await expectNoAxeViolations(page);
      });
    }
  }
}

test("the theme toggle persists across navigation and reload, applied before the first paint", async ({ page }) => {
  // Record the theme in the first animation frame: that runs before the page is first painted.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      document.documentElement.setAttribute(
        "data-theme-at-first-frame",
        document.documentElement.dataset.theme ?? "unset",
      );
    });
  });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme-at-first-frame", "light");

  await page.getByRole("button", { name: "Switch to dark theme" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.getByRole("link", { name: "The Payment Crew", exact: true }).click();
  await expect(page).toHaveURL(/the-payment-crew$/);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme-at-first-frame", "dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Switch to light theme" })).toBeVisible();
});

test("dark code blocks use the dark highlighting theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/posts/automatons-for-integrity");
  const token = page.locator("[data-rehype-pretty-code-figure] code span[style]").first();
  const [color, dark] = await token.evaluate((el) => [
    getComputedStyle(el).color,
    el.style.getPropertyValue("--shiki-dark"),
  ]);
  const hex = (dark ?? "").toLowerCase();
  const rgb = `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
  expect(color).toBe(rgb);
});

test("a printed post shows the article without navigation, with link addresses", async ({ page }) => {
  await page.goto("/posts/zero-downtime-elasticsearch-migrations");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header[data-site-header]")).toBeHidden();
  await expect(page.locator("footer[data-site-footer]")).toBeHidden();
  await expect(page.getByRole("link", { name: "Edit this post" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const after = await page
    .locator(".prose a[href^='/posts/']")
    .first()
    .evaluate((a) => getComputedStyle(a, "::after").content);
  expect(after).toContain("/posts/resilient-elasticsearch-based-search-and-analytics");
});

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

test("heading anchors name their section", async ({ page }) => {
  await page.goto("/posts/introduction-to-pci-dss");
  const heading = page.locator(".prose h2").first();
  const anchor = heading.locator("a.heading-anchor");
  await expect(anchor).toHaveAttribute("href", `#${await heading.getAttribute("id")}`);
  await expect(anchor).toHaveAccessibleName(/^Link to the section “.+”$/);
});

test("the web app manifest and icons are served", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  const body: { name: string; icons: { src: string }[] } = await manifest.json();
  expect(body.name).toContain("Flight journal");
  for (const icon of body.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  expect((await request.get("/apple-icon.png")).headers()["content-type"]).toBe("image/png");
});
