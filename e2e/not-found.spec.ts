import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

const unknownPaths = [
  "/posts/not-a-post",
  "/posts/Introduction-To-PCI-DSS",
  "/no-such-page",
  "/posts/the-payment-crew/extra",
];

for (const path of unknownPaths) {
  test(`${path} answers 404 with the journal's own page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is off our charts");
    await expect(page.getByRole("link", { name: "Back to the journal" })).toHaveAttribute("href", "/");
    await expect(page.locator("body")).not.toContainText(/Error:|at \w+ \(/);
  });
}

test("the not-found page has no accessibility violations", async ({ page }) => {
  await page.goto("/posts/not-a-post");
  await expectNoAxeViolations(page);
});
