// Where and how this build of the journal is deployed, read from the environment in one place and checked.
// Plain JavaScript (types in deployment.d.mts) because next.config.mjs loads it before anything is compiled;
// lib/site.ts re-exports it to the rest of the journal.
import { execFileSync } from "node:child_process";

/** The environments a build can be made for: what readers see (production), a branch's preview, a laptop. */
export const siteEnvironments = /** @type {const} */ (["production", "preview", "development"]);

/** How the build is served: by `next start` (server) or as files in a folder any static host serves (export). */
export const siteOutputs = /** @type {const} */ (["server", "export"]);

const DEFAULT_SITE_URL = "https://blog.processout.com";

/**
 * The environment, from the first of SITE_ENV, Vercel's VERCEL_ENV, then Node's NODE_ENV (`next build` and
 * `next start` run as production, `next dev` as development).
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {string[]} problems
 */
function environmentOf(env, problems) {
  for (const name of ["SITE_ENV", "VERCEL_ENV"]) {
    const value = env[name]?.trim();
    if (!value) continue;
    if (/** @type {readonly string[]} */ (siteEnvironments).includes(value)) {
      return /** @type {import("./deployment.d.mts").SiteEnvironment} */ (value);
    }
    problems.push(`${name}: "${value}" is not an environment, expected one of ${siteEnvironments.join(", ")}`);
    return "production";
  }
  return env.NODE_ENV === "production" ? "production" : "development";
}

/**
 * SITE_URL: the public address of the production journal, the origin of every canonical URL, feed and
 * sitemap entry (previews keep pointing there). An origin, optionally with the path it is served under.
 * @param {string | undefined} value
 * @param {string[]} problems
 */
function siteUrlOf(value, problems) {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    problems.push(`SITE_URL: "${raw}" is not a URL, expected an absolute address such as ${DEFAULT_SITE_URL}`);
    return new URL(DEFAULT_SITE_URL);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    problems.push(`SITE_URL: "${raw}" uses ${url.protocol}, expected http: or https:`);
  } else if (url.search || url.hash || url.username || url.password) {
    problems.push(
      `SITE_URL: "${raw}" has a query, fragment or credentials, expected an address such as ${DEFAULT_SITE_URL}`,
    );
  }
  // One spelling: no trailing slash, so joining a path never doubles it.
  url.pathname = url.pathname.replace(/\/+$/, "");
  return url;
}

/** Characters a base path may hold: URL path characters that need no escaping. */
const BASE_PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * BASE_PATH: the sub-path this build is served under ("/previews/my-branch"), or "" at the root. Next's
 * rule, checked rather than guessed: starts with "/", does not end with one, no empty, "." or ".." segment.
 * @param {string | undefined} value
 * @param {string[]} problems
 */
function basePathOf(value, problems) {
  const raw = value?.trim() ?? "";
  if (raw === "" || raw === "/") return "";
  const segments = raw.split("/").slice(1);
  const valid =
    raw.startsWith("/") &&
    segments.every((segment) => BASE_PATH_SEGMENT.test(segment) && segment !== "." && segment !== "..");
  if (!valid) {
    problems.push(
      `BASE_PATH: "${raw}" is not a base path, expected "/" followed by segments of letters, digits, ".", "_", "~" ` +
        `or "-", without a trailing "/" (e.g. /previews/my-branch)`,
    );
    return "";
  }
  return raw;
}

/**
 * @param {string | undefined} value
 * @param {string[]} problems
 */
function outputOf(value, problems) {
  const raw = value?.trim() || "server";
  if (/** @type {readonly string[]} */ (siteOutputs).includes(raw)) {
    return /** @type {import("./deployment.d.mts").SiteOutput} */ (raw);
  }
  problems.push(`SITE_OUTPUT: "${raw}" is not an output, expected one of ${siteOutputs.join(", ")}`);
  return "server";
}

/**
 * POSTS_PER_PAGE: entries on each page of the journal index (later pages live under /page/N).
 * @param {string | undefined} value
 * @param {string[]} problems
 */
function postsPerPageOf(value, problems) {
  const raw = value?.trim() || "10";
  if (/^[1-9]\d{0,2}$/.test(raw)) return Number(raw);
  problems.push(`POSTS_PER_PAGE: "${raw}" is not a page size, expected a whole number from 1 to 999`);
  return 10;
}

/** @param {string[]} args */
function git(args) {
  try {
    return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The branch and commit being built: Vercel's variables, then GitHub Actions' (a pull request's head branch
 * before the ref), then the checkout itself.
 * @param {Readonly<Record<string, string | undefined>>} env
 * @param {(args: string[]) => string | undefined} readGit
 */
function sourceOf(env, readGit) {
  const branch =
    env.VERCEL_GIT_COMMIT_REF?.trim() ||
    env.GITHUB_HEAD_REF?.trim() ||
    env.GITHUB_REF_NAME?.trim() ||
    readGit(["rev-parse", "--abbrev-ref", "HEAD"]);
  const commit = env.VERCEL_GIT_COMMIT_SHA?.trim() || env.GITHUB_SHA?.trim() || readGit(["rev-parse", "HEAD"]);
  return {
    branch: branch && branch !== "HEAD" ? branch : undefined,
    commit: commit && /^[0-9a-f]{7,40}$/i.test(commit) ? commit.toLowerCase() : undefined,
  };
}

/**
 * Reads and checks the deployment settings. Every problem is reported at once, each naming the variable,
 * the value and what was expected; the build stops on the first call (next.config.mjs).
 * @param {Readonly<Record<string, string | undefined>>} [env]
 * @param {{ readGit?: (args: string[]) => string | undefined }} [options]
 * @returns {import("./deployment.d.mts").Deployment}
 */
export function readDeployment(env = process.env, { readGit = git } = {}) {
  /** @type {string[]} */
  const problems = [];
  const environment = environmentOf(env, problems);
  const siteUrl = siteUrlOf(env.SITE_URL, problems);
  const basePath = basePathOf(env.BASE_PATH, problems);
  const output = outputOf(env.SITE_OUTPUT, problems);
  const postsPerPage = postsPerPageOf(env.POSTS_PER_PAGE, problems);
  const branchHost = env.VERCEL_BRANCH_URL?.trim();
  // Production answers at SITE_URL: served under a sub-path, that address must carry it too.
  if (environment === "production" && basePath !== "" && siteUrl.pathname !== basePath) {
    problems.push(
      `SITE_URL: "${env.SITE_URL ?? DEFAULT_SITE_URL}" does not end with BASE_PATH "${basePath}", expected the ` +
        `production address to include the sub-path it is served under (e.g. ${siteUrl.origin}${basePath})`,
    );
  }
  if (problems.length > 0) {
    throw new Error(`Deployment settings are invalid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
  // Only a preview names its source (the banner); production pages do not change with each commit.
  const source = environment === "preview" ? sourceOf(env, readGit) : { branch: undefined, commit: undefined };
  return {
    environment,
    siteUrl: siteUrl.toString().replace(/\/$/, ""),
    basePath,
    output,
    postsPerPage,
    branch: source.branch,
    commit: source.commit,
    shortCommit: source.commit?.slice(0, 7),
    branchUrl: branchHost ? `https://${branchHost.replace(/^https?:\/\//, "")}` : undefined,
    // Drafts and scheduled posts are for the people writing them: previews and laptops, never production.
    showsUnpublished: environment !== "production",
    // Crawlers are asked to stay away from everything but production.
    indexable: environment === "production",
  };
}

/**
 * A path of the journal as the browser requests it: the base path, then the path ("/posts/x" →
 * "/previews/b/posts/x"). For what Next does not prefix itself: public files in <img>, the search bundle.
 * @param {string} basePath
 * @param {string} path
 */
export function withBasePath(basePath, path) {
  if (!path.startsWith("/")) throw new Error(`withBasePath: "${path}" is not a path from the root`);
  return basePath === "" ? path : path === "/" ? basePath : `${basePath}${path}`;
}
