import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Response } from "@playwright/test";
import { expectNoAxeViolations } from "../axe";
import { copyProject } from "../project-copy";
import { devPort, startDevServer, type DevServer } from "./dev-server";

// `npm run dev` with a broken post: the check's message on every page, and gone once the file is fixed.
test.describe.configure({ mode: "serial" });

// A post without files of its own is posts/<slug>.mdx; one with figures, posts/<slug>/index.mdx.
const sourceOf = (slug: string) =>
  existsSync(path.join("content/posts", slug, "index.mdx")) ? `${slug}/index.mdx` : `${slug}.mdx`;
const broken = "the-payment-crew";
const tagged = "automatons-for-integrity";
const shownFile = (slug: string) => `content/posts/${sourceOf(slug)}`.replace(/[./]/g, "\\$&");
const missingSummary = new RegExp(`${shownFile(broken)}:\\d+: summary: is missing`);
const unknownTag = new RegExp(`${shownFile(tagged)}:\\d+: tags: .*unknown tag`);

let dir = "";
let server: DevServer | undefined;
const postFile = (slug: string) => path.join(dir, "content/posts", sourceOf(slug));
const originals = new Map<string, string>();

const banner = (page: Page) => page.getByRole("region", { name: /content problem/ });

/**
 * Loads `url` until `ready` holds; returns how long that took, in seconds. Retrying also covers a load that
 * next dev's own refresh (after contentlayer's update) aborts.
 */
async function reloadUntil(
  page: Page,
  url: string,
  ready: (response: Response | null) => Promise<void>,
  timeout: number,
): Promise<number> {
  const started = performance.now();
  await expect(async () => {
    await ready(await page.goto(url, { waitUntil: "domcontentloaded" }));
  }).toPass({ timeout, intervals: [250, 500, 1000] });
  return (performance.now() - started) / 1000;
}

const note = (description: string) => {
  test.info().annotations.push({ type: "measured", description });
  console.log(`measured: ${description}`);
};

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = copyProject("dev-e2e");
  for (const slug of [broken, tagged]) originals.set(slug, readFileSync(postFile(slug), "utf8"));
  writeFileSync(postFile(broken), (originals.get(broken) ?? "").replace(/^summary: .*\n/m, ""));
  server = await startDevServer(dir, devPort, 180_000);
});

test.afterAll(async () => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus && server) {
    await testInfo.attach("npm-run-dev.log", { body: server.output(), contentType: "text/plain" });
  }
});

test("the index and the broken post's page show the check's message, linked to the post", async ({ page }) => {
  await page.goto("/");
  await expect(banner(page)).toContainText(missingSummary);
  const link = banner(page).getByRole("link", { name: `/posts/${broken}` });
  await expect(link).toHaveAttribute("href", `/posts/${broken}`);

  // contentlayer skipped the post: its page is a 404, still with the banner saying why.
  const response = await page.goto(`/posts/${broken}`);
  expect(response?.status()).toBe(404);
  await expect(banner(page)).toContainText(missingSummary);

  // The terminal: the check's line once, and none of contentlayer's report of the same problem.
  const output = server?.output() ?? "";
  expect(output.match(new RegExp(missingSummary.source, "g"))?.length).toBe(1);
  expect(output).not.toMatch(/Missing required fields|HandledFetchDataError|successCallback/);
});

for (const theme of ["light", "dark"] as const) {
  test(`the banner has no accessibility violations in the ${theme} theme, and fits at 320px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expect(banner(page)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test("fixing the file clears the banner on the next reload, and the post is back", async ({ page }) => {
  await page.goto("/");
  await expect(banner(page)).toBeVisible();
  writeFileSync(postFile(broken), originals.get(broken) ?? "");
  const started = performance.now();
  const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s after the fix`;
  await expect.poll(() => server?.output(), { timeout: 30_000 }).toContain("content: fixed");
  note(`the check reported it fixed ${since()}`);
  // Without a reload first: contentlayer's update makes next dev refresh the page, and with it the banner.
  const live = await banner(page)
    .waitFor({ state: "detached", timeout: 30_000 })
    .then(
      () => true,
      () => false,
    );
  note(live ? `banner gone live ${since()}` : "no live reload within 30 s");
  await reloadUntil(page, "/", () => expect(banner(page)).toHaveCount(0, { timeout: 1000 }), 60_000);
  note(`banner gone from / on reload ${since()}`);
  const back = await reloadUntil(
    page,
    `/posts/${broken}`,
    async () => {
      await expect(page.getByRole("heading", { level: 1, name: "The Payment Crew" })).toBeVisible({ timeout: 1000 });
      await expect(banner(page)).toHaveCount(0);
    },
    120_000,
  );
  note(`post page back ${back.toFixed(1)} s later`);
});

test("a new problem shows on the next reload; the post still renders, with the banner", async ({ page }) => {
  writeFileSync(postFile(tagged), (originals.get(tagged) ?? "").replace(/^tags: .*$/m, "tags: [testing, no-such-tag]"));
  const shown = await reloadUntil(
    page,
    "/",
    () => expect(banner(page)).toContainText(unknownTag, { timeout: 1000 }),
    60_000,
  );
  note(`banner on / ${shown.toFixed(1)} s after the edit`);
  expect(server?.output()).toMatch(new RegExp(`content: 1 problem\n${unknownTag.source}`));
  await reloadUntil(
    page,
    `/posts/${tagged}`,
    async (response) => {
      expect(response?.status()).toBe(200);
      await expect(banner(page)).toContainText(unknownTag, { timeout: 1000 });
    },
    60_000,
  );

  writeFileSync(postFile(tagged), originals.get(tagged) ?? "");
  await reloadUntil(page, "/", () => expect(banner(page)).toHaveCount(0, { timeout: 1000 }), 60_000);
});

test("a body problem names the file's line in the banner and in the page's compile error alike", async ({ page }) => {
  // A refused link after the post's first paragraph: line 11 of the file, line 4 of the body the page compiles.
  const lines = (originals.get(tagged) ?? "").split("\n");
  const blank = lines.indexOf("", lines.indexOf("---", 1) + 2);
  lines.splice(blank + 1, 0, "[A trap](javascript:alert(1))", "");
  writeFileSync(postFile(tagged), lines.join("\n"));
  const expected = `content/posts/${sourceOf(tagged)}:${blank + 2}: link: `;
  await reloadUntil(page, "/", () => expect(banner(page)).toContainText(expected, { timeout: 1000 }), 60_000);
  // The page itself fails to compile; next dev's error names the same line.
  await expect
    .poll(async () => (await page.request.get(`/posts/${tagged}`)).text(), { timeout: 120_000, intervals: [1000] })
    .toContain(expected);

  writeFileSync(postFile(tagged), originals.get(tagged) ?? "");
  await reloadUntil(page, "/", () => expect(banner(page)).toHaveCount(0, { timeout: 1000 }), 60_000);
});

test("Ctrl-C stops every process of npm run dev and removes its report", async () => {
  expect(await server?.interrupt(20_000)).toBe(true);
  expect(readdirSync(path.join(dir, ".tmp/dev"))).toEqual([]);
});
