import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// Charts drawn at build time from a data file beside the post. The scheduled post of e2e/fixtures/posts has
// two, from its own .csv and .json files; the preview (a static export under a base path) shows it.
const previewUrl = process.env.E2E_PREVIEW_URL ?? "";
const postUrl = `${previewUrl}/posts/retries-without-double-charges`;
const bars = "Retries recovered by attempt";
const lines = "Retry latency by day";

const figure = (page: Page, name: string) => page.getByRole("figure", { name });

/** The drawing a reader sees (the other is display: none), with the size its text is rendered at. */
async function shownDrawing(chart: Locator) {
  const drawing = chart.getByRole("img");
  await expect(drawing).toHaveCount(1);
  const size = await drawing.evaluate((svg) => {
    if (!(svg instanceof SVGSVGElement)) throw new Error("expected an <svg>");
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const fontSizes = [...svg.querySelectorAll("text")].map((text) => parseFloat(getComputedStyle(text).fontSize));
    return { viewBox: svg.getAttribute("viewBox"), smallestText: Math.min(...fontSizes) * scale };
  });
  return { drawing, ...size };
}

test.describe("a chart from data", () => {
  test("has its caption, a legend, the drawing and the data as a table", async ({ page }) => {
    await page.goto(postUrl);
    const chart = figure(page, bars);
    const { drawing } = await shownDrawing(chart);
    await expect(drawing).toHaveAccessibleName(bars);
    await expect(drawing).toHaveAccessibleDescription(/The first retry recovers most/);
    await expect(chart.getByRole("list", { name: "Legend" }).getByRole("listitem")).toHaveText([
      "Recovered",
      "Declined again",
    ]);
    await expect(drawing.locator("[data-series] rect")).toHaveCount(8);

    const table = chart.getByRole("table");
    await expect(table).toBeHidden();
    await chart.getByText("Chart as data").click();
    await expect(table.getByRole("columnheader")).toHaveText(["Attempt", "Recovered (%)", "Declined again (%)"]);
    await expect(table.locator("tbody tr")).toHaveCount(4);
    await expect(table.locator("tbody tr").first().locator("th, td")).toHaveText(["First retry", "18.4", "81.6"]);
  });

  test("names each line at its end on a wide screen, from a JSON file", async ({ page }) => {
    await page.goto(postUrl);
    const { drawing, viewBox } = await shownDrawing(figure(page, lines));
    expect(viewBox).toBe("0 0 640 360");
    await expect(drawing.locator("[data-series] > text")).toHaveText(["p50", "p95"]);
    await expect(drawing.locator('[data-axis="y"] text').first()).toHaveText(/ ms$/);
  });

  test("adds no client JavaScript", async ({ page }) => {
    await page.goto(postUrl);
    const withCharts = await page.locator("script[src]").evaluateAll((s) => s.map((n) => n.getAttribute("src")).sort());
    await page.goto(`${previewUrl}/posts/tokenization-at-the-edge`);
    const without = await page.locator("script[src]").evaluateAll((s) => s.map((n) => n.getAttribute("src")).sort());
    expect(withCharts).toEqual(without);
  });
});

for (const width of [320, 1280]) {
  for (const theme of ["light", "dark"] as const) {
    test(`at ${width} px in ${theme}: legible, fits the screen, accessible`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(postUrl);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      for (const name of [bars, lines]) {
        const chart = figure(page, name);
        const { viewBox, smallestText } = await shownDrawing(chart);
        expect(viewBox).toBe(width === 320 ? "0 0 320 300" : "0 0 640 360");
        expect(smallestText, `${name}: text rendered at ${smallestText.toFixed(1)} px`).toBeGreaterThanOrEqual(10.5);
        await chart.getByText("Chart as data").click();
      }
      // The series are drawn in the theme's colours, not in a fixed one.
      const series = page.locator("svg:visible [data-series] path").first();
      const stroke = await series.evaluate((path) => getComputedStyle(path).stroke);
      expect(stroke).toBe(theme === "light" ? "rgb(29, 78, 216)" : "rgb(147, 197, 253)");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  }
}
