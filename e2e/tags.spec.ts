import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// content/tags.yml, in its order, with the seed posts a production build shows for each (newest first).
// The draft (security) and the scheduled post (reliability) of e2e/fixtures never appear.
const tags = [
  {
    slug: "payments-101",
    label: "Payments 101",
    description: "How card payments work",
    posts: ["the-secret-life-of-a-transaction", "the-payment-crew"],
  },
  { slug: "compliance", label: "Compliance", description: "PCI DSS", posts: ["introduction-to-pci-dss"] },
  { slug: "security", label: "Security", description: "Protecting card data", posts: ["introduction-to-pci-dss"] },
  {
    slug: "elasticsearch",
    label: "Elasticsearch",
    description: "Search and analytics",
    posts: ["zero-downtime-elasticsearch-migrations", "resilient-elasticsearch-based-search-and-analytics"],
  },
  {
    slug: "infrastructure",
    label: "Infrastructure",
    description: "The systems behind the API",
    posts: ["zero-downtime-elasticsearch-migrations", "resilient-elasticsearch-based-search-and-analytics"],
  },
  { slug: "testing", label: "Testing", description: "Finding bugs", posts: ["automatons-for-integrity"] },
  {
    slug: "reliability",
    label: "Reliability",
    description: "Keeping payment state",
    posts: ["automatons-for-integrity"],
  },
];

test.describe("the tags index", () => {
  test("lists every tag with its label, description and post count, in the registry's order", async ({ page }) => {
    await page.goto("/tags");
    await expect(page).toHaveTitle("Tags · Flight journal");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tags");
    const items = page.locator("main li");
    await expect(items).toHaveCount(tags.length);
    for (const [i, tag] of tags.entries()) {
      const item = items.nth(i);
      const count = tag.posts.length;
      await expect(item.getByRole("link", { name: tag.label, exact: true })).toHaveAttribute(
        "href",
        `/tags/${tag.slug}`,
      );
      await expect(item).toContainText(tag.description);
      await expect(item).toContainText(`${count} ${count === 1 ? "post" : "posts"}`);
    }
  });

  test("is reachable from the site navigation", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Tags" }).click();
    await expect(page).toHaveURL(/\/tags$/);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/tags");
    await expectNoAxeViolations(page);
  });
});

for (const tag of tags) {
  test(`the ${tag.slug} page shows the label, description and exactly its posts`, async ({ page }) => {
    await page.goto(`/tags/${tag.slug}`);
    await expect(page).toHaveTitle(`${tag.label} · Flight journal`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.label);
    await expect(page.locator("main header")).toContainText(tag.description);
    const titles = page.locator("main article").getByRole("heading", { level: 2 }).getByRole("link");
    await expect(titles).toHaveCount(tag.posts.length);
    for (const [i, slug] of tag.posts.entries()) await expect(titles.nth(i)).toHaveAttribute("href", `/posts/${slug}`);
    // Each entry carries the tag it is listed under.
    for (const entry of await page.locator("main article").all()) {
      await expect(entry.getByRole("list", { name: "Tags" }).getByRole("link", { name: tag.label })).toHaveAttribute(
        "href",
        `/tags/${tag.slug}`,
      );
    }
  });
}

test("tags on a post link to their tag pages", async ({ page }) => {
  await page.goto("/posts/introduction-to-pci-dss");
  const list = page.locator("main article header").getByRole("list", { name: "Tags" });
  await expect(list.getByRole("link")).toHaveText(["Compliance", "Security"]);
  await list.getByRole("link", { name: "Security" }).click();
  await expect(page).toHaveURL(/\/tags\/security$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security");
});

test("tags on the index entries link to their tag pages", async ({ page }) => {
  await page.goto("/");
  const entry = page.locator("main article").filter({ hasText: "Zero-downtime Elasticsearch migrations" });
  await expect(entry.getByRole("list", { name: "Tags" }).getByRole("link")).toHaveText([
    "Elasticsearch",
    "Infrastructure",
  ]);
  await entry.getByRole("link", { name: "Infrastructure" }).click();
  await expect(page).toHaveURL(/\/tags\/infrastructure$/);
});

test("a tag page has no accessibility violations", async ({ page }) => {
  await page.goto("/tags/elasticsearch");
  await expectNoAxeViolations(page);
});

for (const path of ["/tags/not-a-tag", "/tags/Security"]) {
  test(`${path} answers 404 with the journal's own page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is off our charts");
  });
}
