import { expect, test } from "@playwright/test";
import { seedIndex } from "./seed";

test.describe("the journal index", () => {
  test("shows the journal's name and tagline", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Flight journal/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Flight journal");
    await expect(page.getByText("A journey in ProcessOut's mission control")).toBeVisible();
  });

  test("lists exactly the six posts, newest first, as the original index does", async ({ page }) => {
    await page.goto("/");
    const entries = page.locator("main article");
    await expect(entries).toHaveCount(seedIndex.length);
    for (const [i, expected] of seedIndex.entries()) {
      const entry = entries.nth(i);
      const title = entry.getByRole("heading", { level: 2 }).getByRole("link");
      await expect(title).toHaveText(expected.title);
      await expect(title).toHaveAttribute("href", `/posts/${expected.slug}`);
      await expect(entry.getByText(/^by /)).toHaveText(new RegExp(`^by ${expected.author} on \\d{1,2} \\w+ \\d{4}$`));
      await expect(entry).toContainText(expected.excerpt);
      const diveIn = entry.getByRole("link", { name: /^Dive in/ });
      await expect(diveIn).toHaveText(`Dive in “${expected.title}” (${expected.readingTime}) →`);
      await expect(diveIn).toHaveAttribute("href", `/posts/${expected.slug}`);
    }
  });

  test("dates on the index run from newest to oldest", async ({ page }) => {
    await page.goto("/");
    const dates = await page
      .locator("main article time")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime") ?? ""));
    expect(dates).toHaveLength(seedIndex.length);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test("a reader reaches a post from its title and from Dive in", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "The Payment Crew", exact: true }).click();
    await expect(page).toHaveURL(/\/posts\/the-payment-crew$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Payment Crew");

    await page.goto("/");
    await page.getByRole("link", { name: /^Dive in “Introduction to PCI DSS”/ }).click();
    await expect(page).toHaveURL(/\/posts\/introduction-to-pci-dss$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Introduction to PCI DSS");
  });
});
