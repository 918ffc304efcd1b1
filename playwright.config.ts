import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 4873);
const baseURL = `http://127.0.0.1:${port}`;
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? port + 1);
// The same content built as a preview deployment: a static export under a base path (e2e/serve.sh).
const previewBasePath = process.env.E2E_PREVIEW_BASE_PATH ?? "/previews/e2e-preview";
process.env.E2E_PREVIEW_BASE_PATH = previewBasePath;
process.env.E2E_PREVIEW_URL = `http://127.0.0.1:${previewPort}${previewBasePath}`;

export default defineConfig({
  testDir: "e2e",
  // e2e/dev/ drives `npm run dev`, not these production servers: its own config (npm run test:dev).
  testIgnore: "dev/**",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // Production and preview (static export) builds, on loopback ports unlikely to be taken.
    command: "bash e2e/serve.sh",
    env: {
      E2E_PORT: String(port),
      E2E_PREVIEW_PORT: String(previewPort),
      E2E_PREVIEW_BASE_PATH: previewBasePath,
    },
    url: baseURL,
    reuseExistingServer: false,
    // Two full builds before the first answer.
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
