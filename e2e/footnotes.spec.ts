import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The PCI DSS post cites the standard's documents in GFM footnotes.
const post = "/posts/introduction-to-pci-dss";

test("a footnote reference leads to its numbered note, whose back-link returns to the reference", async ({ page }) => {
  await page.goto(post);
  const notes = page.locator("section[data-footnotes]");
  await expect(notes.getByRole("heading", { name: "Notes" })).toBeVisible();
  const count = await notes.locator("ol > li").count();
  expect(count).toBeGreaterThanOrEqual(3);
  const reference = page.locator("a[data-footnote-ref]").first();
  await reference.click();
  await expect(page).toHaveURL(/#user-content-fn-/);
  const target = page.locator(":target");
  await expect(target).toBeInViewport();
  await target.getByRole("link", { name: "Back to reference 1" }).click();
  await expect(page).toHaveURL(/#user-content-fnref-/);
  await expect(reference).toBeInViewport();
});

test("on a wide screen each note also sits in the margin beside its reference; on a narrow one it doesn't", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(post);
  const reference = page.locator("sup:has(a[data-footnote-ref])").first();
  const sidenote = page.locator(".sidenote").first();
  await expect(sidenote).toBeVisible();
  const [ref, side, prose] = await Promise.all([
    reference.boundingBox(),
    sidenote.boundingBox(),
    page.locator("main article .prose").boundingBox(),
  ]);
  expect(side && prose && side.x).toBeGreaterThanOrEqual((prose?.x ?? 0) + (prose?.width ?? 0));
  expect(Math.abs((side?.y ?? 0) - (ref?.y ?? 0))).toBeLessThan(40);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  await expectNoAxeViolations(page);

  await page.setViewportSize({ width: 390, height: 800 });
  await expect(sidenote).toBeHidden();
  await expect(page.locator("section[data-footnotes]")).toBeVisible();
});

test("in print the notes are endnotes only", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ media: "print" });
  await page.goto(post);
  await expect(page.locator(".sidenote").first()).toBeHidden();
  await expect(page.locator("section[data-footnotes] ol > li").first()).toBeVisible();
});
