import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

test.describe("diagrams drawn at build time", () => {
  test("the automatons post shows the transaction lifecycle as a state machine", async ({ page }) => {
    await page.goto("/posts/automatons-for-integrity");
    const figure = page.getByRole("figure", { name: "Transaction lifecycle" });
    await expect(figure.getByRole("img", { name: "Transaction lifecycle" })).toBeVisible();
    await expect(figure.locator("[data-state]")).toHaveCount(9);
    await expect(figure.locator("[data-edge]")).toHaveCount(11);
    await expect(figure.locator("[data-start]")).toHaveCount(1);
    await expect(figure.locator("[data-terminal]")).toHaveCount(4);
    // The text alternative lists every transition.
    await figure.getByText("Diagram as text").click();
    await expect(figure.locator("details ol li")).toHaveCount(11);
  });

  test("the transaction post shows the authorization round trip in order", async ({ page }) => {
    await page.goto("/posts/the-secret-life-of-a-transaction");
    const figure = page.getByRole("figure", { name: "The authorization round trip" });
    await expect(figure.getByRole("img", { name: "The authorization round trip" })).toBeVisible();
    await expect(figure.locator("[data-actor]")).toHaveCount(5);
    const messages = figure.locator("[data-message]");
    await expect(messages).toHaveCount(9);
    await expect(figure.locator("[data-reply]")).toHaveCount(4);
    const tops = await messages.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    await expect(figure.locator("details ol li")).toHaveCount(9);
  });

  test("the crew post shows who talks to whom", async ({ page }) => {
    await page.goto("/posts/the-payment-crew");
    const figure = page.getByRole("figure", { name: "Who talks to whom in one payment" });
    await expect(figure.locator("[data-actor]")).toHaveCount(7);
    await expect(figure.locator("[data-message]")).toHaveCount(12);
  });

  test("no client JavaScript is added by the components", async ({ page }) => {
    const withDiagrams = await page.goto("/posts/automatons-for-integrity");
    const withDiagramsScripts = await page
      .locator("script[src]")
      .evaluateAll((s) => s.map((n) => n.getAttribute("src")).sort());
    await page.goto("/posts/resilient-elasticsearch-based-search-and-analytics");
    const plainScripts = await page
      .locator("script[src]")
      .evaluateAll((s) => s.map((n) => n.getAttribute("src")).sort());
    expect(withDiagrams?.status()).toBe(200);
    expect(withDiagramsScripts).toEqual(plainScripts);
  });
});

// The automatons post is design.spec.ts's post page: at 320 px in both themes there.
for (const slug of ["the-secret-life-of-a-transaction", "the-payment-crew"]) {
  test(`${slug} fits a 320 px screen and stays accessible`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`/posts/${slug}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}
