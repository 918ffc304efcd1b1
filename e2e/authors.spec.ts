import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { seedIndex } from "./seed";

// The production build shows the seed posts only: the draft (Louis-Paul Dareau's) and the scheduled post
// (Manuel Huez's) of e2e/fixtures stay out of every list.
const authors = [
  {
    slug: "gregoire-delpit",
    name: "Gregoire Delpit",
    role: "Payments Expert",
    initials: "GD",
    bio: "Helps merchants and engineers make sense of the payments ecosystem",
  },
  {
    slug: "guillaume-merindol",
    name: "Guillaume Merindol",
    role: "Software Engineer",
    initials: "GM",
    bio: "Works on the transaction engine",
  },
  {
    slug: "louis-paul-dareau",
    name: "Louis-Paul Dareau",
    role: "Security & Infrastructure Engineer",
    initials: "LD",
    bio: "led its PCI DSS certification",
  },
  {
    slug: "manuel-huez",
    name: "Manuel Huez",
    role: "Co-founder & CTO",
    initials: "MH",
    bio: "Builds ProcessOut's platform",
  },
];
const postsBy = (name: string) => seedIndex.filter((post) => post.author === name);

test.describe("the authors index", () => {
  test("lists every author with role, post count and a link, by name", async ({ page }) => {
    await page.goto("/authors");
    await expect(page).toHaveTitle("Authors · Flight journal");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Authors");
    const items = page.locator("main li");
    await expect(items).toHaveCount(authors.length);
    for (const [i, author] of authors.entries()) {
      const item = items.nth(i);
      const count = postsBy(author.name).length;
      await expect(item.getByRole("link", { name: author.name, exact: true })).toHaveAttribute(
        "href",
        `/authors/${author.slug}`,
      );
      await expect(item).toContainText(author.role);
      await expect(item).toContainText(`${count} ${count === 1 ? "post" : "posts"}`);
    }
  });

  test("leads to an author's page", async ({ page }) => {
    await page.goto("/authors");
    await page.getByRole("link", { name: "Manuel Huez", exact: true }).click();
    await expect(page).toHaveURL(/\/authors\/manuel-huez$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manuel Huez");
  });

  test("is reachable from the site navigation", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Authors" }).click();
    await expect(page).toHaveURL(/\/authors$/);
  });

  test("has no accessibility violations", async ({ page }) => {
    await page.goto("/authors");
    await expectNoAxeViolations(page);
  });
});

for (const author of authors) {
  test(`${author.name}'s page shows name, role, bio, monogram and exactly their posts`, async ({ page }) => {
    await page.goto(`/authors/${author.slug}`);
    await expect(page).toHaveTitle(`${author.name} · Flight journal`);
    const header = page.locator("main header").first();
    await expect(header.getByRole("heading", { level: 1 })).toHaveText(author.name);
    await expect(header).toContainText(author.role);
    // Every author of content/authors has a bio and no picture: a monogram stands in.
    await expect(header).toContainText(author.bio);
    await expect(header.locator("[data-monogram]")).toHaveText(author.initials);
    await expect(header.locator("[data-monogram]")).toHaveAttribute("aria-hidden", "true");

    const expected = postsBy(author.name);
    const entries = page.locator("main article");
    await expect(entries).toHaveCount(expected.length);
    for (const [i, post] of expected.entries()) {
      const entry = entries.nth(i);
      await expect(entry.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute(
        "href",
        `/posts/${post.slug}`,
      );
      await expect(entry.getByText(/^by /)).toHaveText(new RegExp(`^by ${author.name} on \\d{1,2} \\w+ \\d{4}$`));
      await expect(entry).toContainText(post.excerpt);
      await expect(entry.getByRole("link", { name: /^Dive in/ })).toHaveText(
        `Dive in “${post.title}” (${post.readingTime}) →`,
      );
    }
    await expect(page.getByText(/^(Draft|Scheduled)$/)).toHaveCount(0);
  });
}

test("a post's author links to the author's page", async ({ page }) => {
  await page.goto("/posts/automatons-for-integrity");
  await page.locator("main article header").getByRole("link", { name: "Guillaume Merindol" }).click();
  await expect(page).toHaveURL(/\/authors\/guillaume-merindol$/);
  await expect(page.locator("main article")).toHaveCount(1);
});

test("an author page has no accessibility violations", async ({ page }) => {
  await page.goto("/authors/louis-paul-dareau");
  await expectNoAxeViolations(page);
});

for (const path of ["/authors/nobody", "/authors/Manuel-Huez"]) {
  test(`${path} answers 404 with the journal's own page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is off our charts");
  });
}

test("a preview build lists an author's draft with its badge", async ({ page }) => {
  const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
  expect(previewUrl, "E2E_PREVIEW_URL is set by playwright.config.ts").not.toBe("");
  await page.goto(`${previewUrl}/authors/louis-paul-dareau`);
  const draft = page.locator("main article").filter({ hasText: "Tokenization at the edge" });
  await expect(draft.getByText("Draft", { exact: true })).toBeVisible();
});
