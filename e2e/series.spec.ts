import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The series of content/series.yml, as the journal's posts use them.
const crew = { slug: "the-payment-crew", title: "The Payment Crew" };
const secretLife = { slug: "the-secret-life-of-a-transaction", title: "The secret life of a transaction" };
const series = { slug: "payments-explained", title: "Payments, explained" };

test("a part shows its place, every part with the current one marked, and the next part at its end", async ({
  page,
}) => {
  await page.goto(`/posts/${crew.slug}`);
  const box = page.getByRole("navigation", { name: `Series: ${series.title}` });
  await expect(box).toContainText(`Part 1 of 2 · ${series.title}`);
  await expect(box.getByRole("listitem")).toHaveText([crew.title, secretLife.title]);
  await expect(box.locator('[aria-current="page"]')).toHaveText(crew.title);
  await expect(box.getByRole("link", { name: secretLife.title })).toHaveAttribute("href", `/posts/${secretLife.slug}`);
  const next = page.getByRole("complementary", { name: `Next in ${series.title}` });
  await next.getByRole("link", { name: secretLife.title }).click();
  await expect(page).toHaveURL(`/posts/${secretLife.slug}`);
  await expect(page.getByRole("navigation", { name: `Series: ${series.title}` })).toContainText("Part 2 of 2");
  await expect(page.getByRole("complementary", { name: `Next in ${series.title}` })).toContainText(
    `This is the last part of ${series.title} so far.`,
  );
});

test("a post outside any series has no series box", async ({ page }) => {
  await page.goto("/posts/automatons-for-integrity");
  await expect(page.locator("[data-series-box], [data-series-next]")).toHaveCount(0);
});

test("a part's JSON-LD says it is part of its series", async ({ page }) => {
  await page.goto(`/posts/${secretLife.slug}`);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const posting = blocks.map((text) => JSON.parse(text)).find((data) => data["@type"] === "BlogPosting");
  expect(posting.isPartOf).toContainEqual(
    expect.objectContaining({
      "@type": "CreativeWorkSeries",
      name: series.title,
      url: expect.stringMatching(`/series/${series.slug}$`),
    }),
  );
});

test("/series lists every series, each page lists its parts in reading order", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Series" }).click();
  await expect(page).toHaveURL(/\/series$/);
  const entries = page.locator("main li h2 a");
  await expect(entries).toHaveText([
    "Payments, explained",
    "Elasticsearch at ProcessOut",
    "PCI DSS, from zero to certified",
  ]);
  await expectNoAxeViolations(page);
  await entries.first().click();
  await expect(page).toHaveURL(`/series/${series.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(series.title);
  await expect(page.getByRole("list", { name: /^Parts of/ }).locator("article h2")).toHaveText([
    crew.title,
    secretLife.title,
  ]);
  await expectNoAxeViolations(page);
});

test("series pages are in the sitemap, and an unknown series is the site's 404", async ({ page, request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const path of ["/series", `/series/${series.slug}`, "/series/pci-dss"]) {
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${path}</loc>`));
  }
  const response = await page.goto("/series/not-a-series");
  expect(response?.status()).toBe(404);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`${colorScheme} theme: a part, /series and a series page have no accessibility violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of [`/posts/${crew.slug}`, "/series", `/series/${series.slug}`]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
  });
}
