import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { seedIndex } from "./seed";

// Requests no reader's browser sends, written byte for byte (a browser or fetch would normalise the path),
// against the production server: the journal's 404 page or the method's proper status, never a stack trace
// or a server error.

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

function send(method: string, path: string): Promise<Answer> {
  const base = new URL(test.info().project.use.baseURL ?? "");
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: base.hostname, port: base.port, method, path, headers: { accept: "text/html" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

const notFoundHeading = "This page is off our charts";
const leaks = [/\bat \S+ \(.*:\d+:\d+\)/, /node_modules/, /\/work\/|\/home\/|\/root\//];

function expectNoLeak(answer: Answer, what: string) {
  expect(answer.status, what).toBeLessThan(500);
  for (const leak of leaks) expect(answer.body, `${what} leaks ${leak}`).not.toMatch(leak);
}

const post = `/posts/${seedIndex[0].slug}`;
const notFoundPaths = [
  "/posts/../../etc/passwd",
  "/posts/..%2f..%2fetc%2fpasswd",
  "/posts/%2e%2e/%2e%2e/etc/passwd",
  "/%2e%2e/%2e%2e/etc/passwd",
  "/posts%2fintroduction-to-pci-dss",
  `${post}%00`,
  `${post}/..%5c..%5cwindows`,
  "/_next/static/../../../package.json",
  `/posts/${"a".repeat(4096)}`,
  `/${"x/".repeat(2047)}x`,
  "/wp-admin/setup-config.php",
  "/.env",
  "/.git/config",
];

for (const path of notFoundPaths) {
  test(`GET ${path.length > 60 ? `${path.slice(0, 60)}… (${path.length} characters)` : path} answers the journal's 404`, async () => {
    const answer = await send("GET", path);
    expect([400, 404], path).toContain(answer.status);
    expectNoLeak(answer, path);
    if (answer.status === 404) expect(answer.body).toContain(notFoundHeading);
  });
}

for (const query of ["?page=%E0%A4%A", "?q=%", "?__proto__[x]=1", "?a=" + "%ff".repeat(500), "?_rsc=../../etc"]) {
  test(`a bad query string (${query.slice(0, 30)}) still serves the page`, async () => {
    const answer = await send("GET", `${post}${query}`);
    expect(answer.status).toBe(200);
    expectNoLeak(answer, query);
  });
}

test("HEAD answers like GET, without a body", async () => {
  const answer = await send("HEAD", post);
  expect(answer.status).toBe(200);
  expect(answer.body).toBe("");
  expect(answer.headers["content-type"]).toMatch(/text\/html/);
});

test("HEAD of an unknown path answers 404", async () => {
  expect((await send("HEAD", "/posts/nowhere")).status).toBe(404);
});

for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
  test(`${method} on a page answers 405 and names the methods it allows`, async () => {
    const answer = await send(method, post);
    expect(answer.status).toBe(405);
    expect(String(answer.headers["allow"])).toBe("GET, HEAD");
    expectNoLeak(answer, method);
  });
}

for (const method of ["OPTIONS", "PROPFIND"]) {
  test(`${method} is refused with 405`, async () => {
    const answer = await send(method, post);
    expect(answer.status).toBe(405);
    expect(String(answer.headers["allow"])).toBe("GET, HEAD");
    expectNoLeak(answer, method);
  });
}

test("POST to an unknown path is refused with 405 too", async () => {
  const answer = await send("POST", "/posts/nowhere");
  expect(answer.status).toBe(405);
  expectNoLeak(answer, "POST /posts/nowhere");
});
