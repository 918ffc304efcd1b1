import { expect, test, type Page, type Request } from "@playwright/test";
import { seedIndex } from "./seed";

// A link fetches the page it leads to once the reader shows intent (components/mdx/journal-link.tsx), not when it
// scrolls into view: Next marks its prefetch requests with this header, in a server build and a static export alike.
const isPrefetch = (request: Request) => request.headers()["next-router-prefetch"] !== undefined;

/** Every prefetch the page sends from now on, as the path it asks for. */
function watchPrefetches(page: Page): string[] {
  const paths: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) paths.push(new URL(request.url()).pathname);
  });
  return paths;
}

// The preview lists three posts to an index page (e2e/serve.sh): the older post is on its second page.
const sites = [
  { name: "production", url: "", onFirstPage: seedIndex.length, olderOn: "/" },
  {
    name: "preview (static export under a base path)",
    url: process.env.E2E_PREVIEW_URL ?? "",
    onFirstPage: 3,
    olderOn: "/page/2",
  },
];
const [newest, older] = seedIndex;

for (const site of sites) {
  test.describe(`links in the ${site.name} journal`, () => {
    test("the index fetches no linked page on sight, only the one a reader points at", async ({ page }) => {
      const prefetched = watchPrefetches(page);
      await page.goto(`${site.url}/`);
      await page.waitForLoadState("networkidle");
      const links = page.locator("main article h2 a");
      await expect(links).toHaveCount(site.onFirstPage);
      expect(prefetched, "prefetches before any intent").toEqual([]);

      const target = links.filter({ hasText: newest?.title ?? "" });
      const asked = page.waitForRequest(
        (request) => isPrefetch(request) && request.url().includes(newest?.slug ?? "?"),
      );
      await target.hover();
      await asked;
      expect(prefetched.every((path) => path.includes(`/posts/${newest?.slug}`))).toBe(true);
    });

    test("a link reached by keyboard is fetched too, and following it loads no new document", async ({ page }) => {
      await page.goto(`${site.url}${site.olderOn}`);
      await page.waitForLoadState("networkidle");
      const target = page.locator("main article h2 a").filter({ hasText: older?.title ?? "" });
      const asked = page.waitForRequest((request) => isPrefetch(request) && request.url().includes(older?.slug ?? "?"));
      await target.focus();
      await asked;

      const documents: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "document") documents.push(request.url());
      });
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(older?.title ?? "");
      expect(page.url()).toMatch(new RegExp(`/posts/${older?.slug}$`));
      expect(documents, "a client-side navigation, not a page load").toEqual([]);
    });
  });
}
