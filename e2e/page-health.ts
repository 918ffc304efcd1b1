import { expect, type Page } from "@playwright/test";
import { seedIndex } from "./seed";

/**
 * What went wrong while a page loaded and ran: console errors, uncaught exceptions, Content-Security-Policy
 * violations (reported by the browser's securitypolicyviolation event) and subresources that failed or
 * answered an error status. Call before the first navigation.
 */
export function watchPage(page: Page) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chrome logs a document's own 404 as "Failed to load resource": the 404 page is meant to answer so.
    const documentStatus =
      message.text().startsWith("Failed to load resource") && message.location().url === page.url();
    if (!documentStatus) problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => {
    const error = request.failure()?.errorText;
    // In a static export, Next's prefetch sends HEAD for a linked page and drops it once the headers arrive.
    if (request.method() === "HEAD" && error === "net::ERR_ABORTED") return;
    problems.push(`failed: ${request.url()} (${error})`);
  });
  page.on("response", (response) => {
    // The document itself may be the 404 page on purpose; its subresources may not fail.
    if (response.status() >= 400 && response.request().resourceType() !== "document") {
      problems.push(`${response.status()}: ${response.url()}`);
    }
  });
  void page.exposeFunction("__reportCspViolation", (text: string) => problems.push(`CSP violation: ${text}`));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation?: (text: string) => void }).__reportCspViolation;
      report?.(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    problems,
    /** Waits for the page to settle, then expects nothing to have gone wrong. */
    async expectHealthy() {
      await page.waitForLoadState("networkidle");
      expect(problems, "console errors, CSP violations and failed requests").toEqual([]);
    },
  };
}

/** The headers every response of the journal carries, whatever serves it (lib/deploy/http-headers.mjs). */
export const securityHeaderNames = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cross-origin-opener-policy",
];

export function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  for (const name of securityHeaderNames) expect(headers[name], `${name} on ${where}`).toBeTruthy();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

/** One page of every type the journal has, the 404 included. */
export const pageTypes = [
  { name: "index", path: "/" },
  { name: "post", path: `/posts/${seedIndex[0].slug}` },
  { name: "tags", path: "/tags" },
  { name: "tag", path: "/tags/compliance" },
  { name: "authors", path: "/authors" },
  { name: "author", path: "/authors/manuel-huez" },
  { name: "archive", path: "/archive" },
  { name: "404", path: "/no/such/page" },
];

/** Opens the search dialog with "/", retrying until the page has hydrated and listens for the key. */
export async function openSearchWithSlash(page: Page) {
  const dialog = page.getByRole("dialog", { name: "Search the journal" });
  await expect(async () => {
    await page.keyboard.press("/");
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  return dialog;
}
