import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 4873);
const baseURL = `http://127.0.0.1:${port}`;
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? port + 1);
// The same content built as a preview deployment: a static export under a base path (e2e/serve.sh).
const previewBasePath = process.env.E2E_PREVIEW_BASE_PATH ?? "/previews/e2e-preview";
process.env.E2E_PREVIEW_BASE_PATH = previewBasePath;
process.env.E2E_PREVIEW_URL = `http://127.0.0.1:${previewPort}${previewBasePath}`;
const pagedPort = Number(process.env.E2E_PAGED_PORT ?? port + 2);
// Read by e2e/pagination.spec.ts: a synthetic corpus of 25 posts, longer than one index page.
process.env.E2E_PAGED_URL = `http://127.0.0.1:${pagedPort}`;

/**
 * A system Chromium when there is one (CHROMIUM_PATH, then Debian's), else Playwright's own build; with
 * E2E_PLAYWRIGHT_CHROMIUM=1 (GitHub Actions), Playwright's own build.
 */
function chromiumPath(): string | undefined {
  if (process.env.E2E_PLAYWRIGHT_CHROMIUM === "1") return undefined;
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  const system = candidates.find((path): path is string => Boolean(path) && existsSync(path ?? ""));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one (Debian: `apt-get install chromium`; elsewhere: " +
      "`npx playwright install chromium`) or point CHROMIUM_PATH at a Chromium binary.",
  );
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Production, preview (static export) and paged builds, on loopback ports unlikely to be taken.
    command: "bash e2e/serve.sh",
    env: {
      E2E_PORT: String(port),
      E2E_PREVIEW_PORT: String(previewPort),
      E2E_PREVIEW_BASE_PATH: previewBasePath,
      E2E_PAGED_PORT: String(pagedPort),
    },
    url: baseURL,
    reuseExistingServer: false,
    // Three full builds before the first answer.
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
