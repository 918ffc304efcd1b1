import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { seedIndex } from "./seed";

const years = [
  {
    year: "2017",
    slugs: [
      "introduction-to-pci-dss",
      "zero-downtime-elasticsearch-migrations",
      "automatons-for-integrity",
      "resilient-elasticsearch-based-search-and-analytics",
    ],
  },
  { year: "2016", slugs: ["the-secret-life-of-a-transaction", "the-payment-crew"] },
];
const titleOf = (slug: string) => seedIndex.find((post) => post.slug === slug)?.title ?? slug;

test("the archive lists every post by year, newest year first, with date and title link", async ({ page }) => {
  await page.goto("/archive");
  await expect(page).toHaveTitle("Archive · Flight journal");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(years.map((y) => y.year));
  for (const { year, slugs } of years) {
    const section = page.getByRole("region", { name: year });
    const links = section.getByRole("listitem").getByRole("link");
    await expect(links).toHaveText(slugs.map(titleOf));
    for (const [i, slug] of slugs.entries()) {
      await expect(links.nth(i)).toHaveAttribute("href", `/posts/${slug}`);
      await expect(section.getByRole("listitem").nth(i).locator("time")).toHaveAttribute(
        "datetime",
        new RegExp(`^${year}-\\d{2}-\\d{2}$`),
      );
    }
  }
  // Newest first across the whole archive.
  const dates = await page.locator("main time").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("datetime")));
  expect(dates).toHaveLength(seedIndex.length);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test("the archive leaves drafts and scheduled posts out", async ({ page }) => {
  await page.goto("/archive");
  await expect(page.getByText("Tokenization at the edge")).toHaveCount(0);
  await expect(page.getByText("Retries without double charges")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "2099" })).toHaveCount(0);
});

test("the archive's links lead to the posts", async ({ page }) => {
  await page.goto("/archive");
  await page.getByRole("link", { name: "The Payment Crew", exact: true }).click();
  await expect(page).toHaveURL(/\/posts\/the-payment-crew$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Payment Crew");
});

test("the archive is reachable from the site navigation", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/archive$/);
});

test("the archive has no accessibility violations", async ({ page }) => {
  await page.goto("/archive");
  await expectNoAxeViolations(page);
});
