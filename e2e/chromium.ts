import { existsSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

/**
 * A system Chromium when there is one (CHROMIUM_PATH, then Debian's), else Playwright's own build; with
 * E2E_PLAYWRIGHT_CHROMIUM=1 (GitHub Actions), Playwright's own build. Debian's headless shell comes first: it is
 * the build Playwright itself runs headless, lighter than the full browser. To watch a test in a window (`--headed`), point CHROMIUM_PATH at the full browser.
 */
function chromiumPath(): string | undefined {
  if (process.env.E2E_PLAYWRIGHT_CHROMIUM === "1") return undefined;
  const candidates = [
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium-headless-shell",
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  const system = candidates.find((path): path is string => Boolean(path) && existsSync(path ?? ""));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install chromium-headless-shell`; elsewhere: " +
      "`npx playwright install chromium`) or point CHROMIUM_PATH at a Chromium binary.",
  );
}

/** How every Playwright config of the journal launches Chromium (playwright.config.ts, e2e/dev/). */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  };
}
