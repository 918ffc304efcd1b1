import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { all, at, parseXml, textOf } from "./feed-parse";

// Figures as readers get them, on both hosts the journal is built for: `next start` (the PCI post's scope diagram)
// and a static export under a base path (the figures fixture, a draft: e2e/fixtures/posts/figures-in-a-post).
const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
const hosts = [
  { name: "next start", root: "", post: "/posts/introduction-to-pci-dss" },
  { name: "the static export under a base path", root: previewUrl, post: "/posts/figures-in-a-post" },
];
const THEME_KEY = "flight-journal-theme";

/** The figure's picture the page displays (a figure with a dark variant has two, one hidden). */
const shownLink = (page: Page) => page.locator("[data-figure] a[data-figure-zoom]:visible").first();

/** Every image of the post's figures loaded: each scrolled into view (lazy ones load then) and complete. */
async function loadEveryFigure(page: Page) {
  const images = page.locator("[data-figure] a:visible img");
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0))
      .toBe(true);
  }
  return images.count();
}

/**
 * The layout shifts in the post so far (those right after an input excluded, as CLS does), each with what moved, so a
 * failure says which element shifted.
 */
async function layoutShifts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const observer = new PerformanceObserver(() => undefined);
    observer.observe({ type: "layout-shift", buffered: true });
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node | null }[] };
    // The post's own shifts: the page's chrome (header, banner) is Lighthouse's CLS row in the bench.
    const inPost = (node: Node | null | undefined) =>
      Boolean((node instanceof Element ? node : node?.parentElement)?.closest("article"));
    const shifts = (observer.takeRecords() as Shift[]).filter(
      (entry) => !entry.hadRecentInput && entry.sources.some((source) => inPost(source.node)),
    );
    observer.disconnect();
    return shifts.map((shift) => {
      const nodes = shift.sources.map((source) => source.node?.nodeName ?? "?");
      return `${shift.value} (${nodes.join(", ")})`;
    });
  });
}

/**
 * The web font is refused in these tests: its swap is the page's own affair (next/font adjusts the fallback to it,
 * not to the pixel), and the shifts measured here must be the figures'.
 */
const withoutWebFont = (page: Page) => page.route(/\.woff2$/, (route) => route.abort());

/** The hash that names every file of the picture a link shows (its full-size address: /_media/<hash>-<w>.<ext>). */
const hashOf = async (page: Page, theme: "light" | "dark") =>
  /\/_media\/([0-9a-f]{20})/.exec(
    (await page.locator(`a[data-figure-theme="${theme}"]`).first().getAttribute("href")) ?? "",
  )?.[1] ?? "none";

for (const host of hosts) {
  test.describe(`figures on ${host.name}`, () => {
    const url = `${host.root}${host.post}`;

    test("the first figure arrives as AVIF at a width the column needs, high priority, with nothing shifting", async ({
      page,
    }) => {
      const media: { url: string; type: string }[] = [];
      page.on("response", (response) => {
        if (response.url().includes("/_media/"))
          media.push({ url: response.url(), type: response.headers()["content-type"] ?? "" });
      });
      await withoutWebFont(page);
      await page.goto(url);
      const image = shownLink(page).locator("img");
      await expect(image).toHaveAttribute("fetchpriority", "high");
      await expect(image).toHaveAttribute("width", /^\d+$/);
      await expect(image).toHaveAttribute("height", /^\d+$/);
      const figures = await loadEveryFigure(page);
      expect(figures).toBeGreaterThan(0);
      const current = await image.evaluate((element: HTMLImageElement) => element.currentSrc);
      expect(media.find((response) => response.url === current)?.type).toBe("image/avif");
      // The reading column is 720 CSS pixels on this 1280-pixel screen at 1×: the 720 or 960 variant, never more.
      expect(Number(/-(\d+)\.avif$/.exec(current)?.[1])).toBeLessThanOrEqual(960);
      expect(await layoutShifts(page)).toEqual([]);
      // Figures after the first wait for the reader.
      for (const later of await page
        .locator("[data-figure] a:visible img")
        .all()
        .then((all) => all.slice(1))) {
        await expect(later).toHaveAttribute("loading", "lazy");
      }
    });

    test("zoom: a click opens the picture in a dialog, Escape closes it and focus returns", async ({ page }) => {
      await page.goto(url);
      const link = shownLink(page);
      await link.click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await expect(dialog.locator("img")).toHaveJSProperty("complete", true);
      expect(page.url()).toBe(new URL(url, page.url()).toString());
      await expectNoAxeViolations(page);
      await page.keyboard.press("Escape");
      await expect(dialog).toHaveCount(0);
      await expect(link).toBeFocused();
    });

    test("zoom by keyboard: Enter opens, the Close button closes, focus returns", async ({ page }) => {
      await page.goto(url);
      const link = shownLink(page);
      await link.focus();
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(dialog).toHaveCount(0);
      await expect(link).toBeFocused();
    });

    test("the dark theme shows the dark variant and downloads only it; the site's toggle wins over the system", async ({
      page,
    }) => {
      const requested: string[] = [];
      page.on("request", (request) => requested.push(request.url()));
      await page.emulateMedia({ colorScheme: "light" });
      await page.addInitScript((key) => localStorage.setItem(key, "dark"), THEME_KEY);
      await withoutWebFont(page);
      await page.goto(url);
      await loadEveryFigure(page);
      await expect(page.locator('a[data-figure-theme="dark"]').first()).toBeVisible();
      await expect(page.locator('a[data-figure-theme="light"]').first()).toBeHidden();
      const [light, dark] = [await hashOf(page, "light"), await hashOf(page, "dark")];
      expect(requested.some((address) => address.includes(dark))).toBe(true);
      expect(requested.filter((address) => address.includes(light))).toEqual([]);
      expect(await layoutShifts(page)).toEqual([]);
      await expectNoAxeViolations(page);
    });

    test("the light theme, chosen with the toggle on a dark system, shows the light picture; axe is clean", async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.addInitScript((key) => localStorage.setItem(key, "light"), THEME_KEY);
      await page.goto(url);
      await loadEveryFigure(page);
      await expect(page.locator('a[data-figure-theme="light"]').first()).toBeVisible();
      await expect(page.locator('a[data-figure-theme="dark"]').first()).toBeHidden();
      await expectNoAxeViolations(page);
    });

    test("without JavaScript a figure is a plain link to its full-size image", async ({ browser }) => {
      const page = await noScriptPage(browser);
      await page.goto(url);
      const link = shownLink(page);
      const href = (await link.getAttribute("href")) ?? "";
      expect(href).toMatch(/\/_media\/[0-9a-f]{20}-\d+\.(?:jpg|png|gif|svg)$/);
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith(href)), link.click()]);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(/^image\//);
      await page.context().close();
    });

    test("the feeds carry each figure at an absolute address, at most 1,200 pixels wide, with alt and caption", async ({
      request,
    }) => {
      const channel = at(parseXml(await (await request.get(`${host.root}/feed.xml`)).text()), "rss", "channel");
      const item = all(channel, "item").find((entry) => textOf(at(entry, "link")).endsWith(host.post));
      const html = textOf(at(item, "content:encoded"));
      const images = [...html.matchAll(/<img [^>]*>/g)].map(([tag]) => ({
        src: /src="([^"]*)"/.exec(tag)?.[1] ?? "",
        alt: /alt="([^"]*)"/.exec(tag)?.[1] ?? "",
        width: Number(/width="(\d+)"/.exec(tag)?.[1]),
      }));
      expect(images.length).toBeGreaterThan(0);
      for (const { src, alt, width } of images) {
        expect(src).toMatch(/^https?:\/\/[^/]+\/(?:.*\/)?_media\/[0-9a-f]{20}(?:-\d+)?\.(?:jpg|png|gif|svg)$/);
        expect(alt).not.toBe("");
        expect(width).toBeLessThanOrEqual(1200);
        // The address is the production journal's: the same path is served by this host.
        const file = await request.get(`${host.root}${new URL(src).pathname.replace(/^.*(\/_media\/)/, "$1")}`);
        expect(file.status()).toBe(200);
        expect(file.headers()["content-type"]).toMatch(/^image\//);
      }
      expect(html).toMatch(/<figcaption>[^<]+<\/figcaption>/);
    });
  });
}

test.describe("the figures fixture, on the static export", () => {
  const url = `${previewUrl}/posts/figures-in-a-post`;

  test("an animation stays animated, and an SVG is served with a policy that runs nothing", async ({
    page,
    request,
  }) => {
    await page.goto(url);
    await loadEveryFigure(page);
    const animation = page.locator('img[alt^="A loader turning"]');
    const current = await animation.evaluate((element: HTMLImageElement) => element.currentSrc);
    expect(current).toMatch(/\.webp$/);
    const bytes = await (await request.get(current)).body();
    expect(bytes.includes(Buffer.from("ANIM")), "an animated WebP has an ANIM chunk").toBe(true);
    const drawing = (await page.locator('img[alt^="The card form"]').getAttribute("src")) ?? "";
    const response = await request.get(new URL(drawing, page.url()).toString());
    expect(response.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(response.headers()["content-security-policy"]).toMatch(/default-src 'none'.*sandbox/);
    expect(response.headers()["cache-control"]).toContain("immutable");
  });

  test("next start serves the same files at the same addresses", async ({ page, request, baseURL }) => {
    await page.goto(url);
    const addresses = await page
      .locator("[data-figure] source, [data-figure] img")
      .evaluateAll((elements) =>
        elements.flatMap((element) => (element.getAttribute("srcset") ?? element.getAttribute("src") ?? "").split(",")),
      );
    const files = [...new Set(addresses.map((candidate) => candidate.trim().split(/\s+/)[0] ?? "").filter(Boolean))];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const fromExport = await request.head(new URL(file, page.url()).toString());
      const fromServer = await request.head(`${baseURL}${file.replace(/^.*(\/_media\/)/, "$1")}`);
      expect([fromServer.status(), fromServer.headers()["content-length"]]).toEqual([
        200,
        fromExport.headers()["content-length"],
      ]);
      expect(fromServer.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    }
  });
});

async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}
