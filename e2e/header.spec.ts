import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const header = (page: Page) => page.getByRole("banner");

/** The distinct rows (rounded tops) the header's name, links and buttons sit on. */
async function rows(page: Page): Promise<number[]> {
  const tops = await header(page)
    .locator("a, button")
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.getBoundingClientRect().width > 0)
        .map((element) => Math.round(element.getBoundingClientRect().top / 8)),
    );
  return [...new Set(tops)];
}

for (const width of [320, 390]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("the header takes two rows: name and tools, then the navigation", async ({ page }) => {
      await page.goto("/");
      await expect(header(page).getByRole("button", { name: /Switch/ })).toBeVisible();
      expect(await rows(page)).toHaveLength(2);
      const name = await header(page).getByRole("link", { name: "Flight journal" }).boundingBox();
      const toggle = await header(page)
        .getByRole("button", { name: /Switch/ })
        .boundingBox();
      const search = await header(page).getByRole("button", { name: "Search" }).boundingBox();
      const journal = await page.getByRole("navigation", { name: "Main" }).getByRole("link").first().boundingBox();
      expect(Math.abs((toggle?.y ?? 0) - (name?.y ?? 0))).toBeLessThan(12);
      expect(Math.abs((search?.y ?? 0) - (name?.y ?? 0))).toBeLessThan(12);
      expect(journal?.y ?? 0).toBeGreaterThan((name?.y ?? 0) + 12);
      // Nothing sticks out of the page: no sideways scrolling of the whole document.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });

    test("every navigation link is reachable from the keyboard and scrolled into view", async ({ page }) => {
      await page.goto("/");
      const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(4);
      await header(page).getByRole("link", { name: "Flight journal" }).focus();
      for (let index = 0; index < count; index += 1) {
        await page.keyboard.press("Tab");
        await expect(links.nth(index)).toBeFocused();
        await expect(links.nth(index)).toBeInViewport({ ratio: 1 });
      }
      await expectNoAxeViolations(page);
    });
  });
}
