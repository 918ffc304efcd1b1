import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium";
import { devPort } from "./dev-server";

/**
 * The specs of `npm run dev` (npm run test:dev). No webServer: each spec starts its own dev server in a scratch
 * copy of the project (./dev-server.ts), so nothing is shared with a build or the production end-to-end tests.
 */
export default defineConfig({
  testDir: ".",
  outputDir: "../../test-results/dev",
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  // Turbopack compiles each route on its first request: seconds, or tens of seconds on a busy machine.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: "list",
  use: {
    baseURL: `http://127.0.0.1:${devPort}`,
    trace: "retain-on-failure",
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
