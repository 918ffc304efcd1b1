import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { readDeployment, withBasePath } from "./deployment.mjs";

type Env = Record<string, string | undefined>;
const noGit = () => undefined;
const read = (env: Env, readGit: (args: string[]) => string | undefined = noGit) => readDeployment(env, { readGit });

describe("the environment", () => {
  test("SITE_ENV decides, whatever the platform says", () => {
    assert.equal(read({ SITE_ENV: "preview", VERCEL_ENV: "production" }).environment, "preview");
    assert.equal(read({ SITE_ENV: "production", NODE_ENV: "development" }).environment, "production");
  });
  test("on Vercel, VERCEL_ENV is used when SITE_ENV is unset", () => {
    assert.equal(read({ VERCEL_ENV: "preview" }).environment, "preview");
    assert.equal(read({ VERCEL_ENV: "production" }).environment, "production");
  });
  test("otherwise `next build` makes production and `next dev` development", () => {
    assert.equal(read({ NODE_ENV: "production" }).environment, "production");
    assert.equal(read({ NODE_ENV: "development" }).environment, "development");
    assert.equal(read({}).environment, "development");
  });
  test("only production is indexable and hides drafts", () => {
    const production = read({ SITE_ENV: "production" });
    assert.deepEqual([production.indexable, production.showsUnpublished], [true, false]);
    for (const environment of ["preview", "development"]) {
      const other = read({ SITE_ENV: environment });
      assert.deepEqual([other.indexable, other.showsUnpublished], [false, true], environment);
    }
  });
});

describe("a preview's source", () => {
  const sha = "0123456789abcdef0123456789abcdef01234567";
  test("Vercel's branch, commit and branch URL", () => {
    const preview = read({
      VERCEL_ENV: "preview",
      VERCEL_GIT_COMMIT_REF: "feature/3ds-flows",
      VERCEL_GIT_COMMIT_SHA: sha,
      VERCEL_BRANCH_URL: "journal-git-feature-3ds-flows.vercel.app",
    });
    assert.equal(preview.branch, "feature/3ds-flows");
    assert.equal(preview.commit, sha);
    assert.equal(preview.shortCommit, "0123456");
    assert.equal(preview.branchUrl, "https://journal-git-feature-3ds-flows.vercel.app");
  });
  test("GitHub Actions: a pull request's head branch before the ref", () => {
    const env = { SITE_ENV: "preview", GITHUB_HEAD_REF: "posts/retries", GITHUB_REF_NAME: "42/merge", GITHUB_SHA: sha };
    assert.equal(read(env).branch, "posts/retries");
    assert.equal(read({ ...env, GITHUB_HEAD_REF: "" }).branch, "42/merge");
  });
  test("else the checkout; a detached HEAD names no branch", () => {
    const git = (args: string[]) => (args.includes("--abbrev-ref") ? "drafts/tokens" : sha);
    assert.deepEqual(
      [read({ SITE_ENV: "preview" }, git).branch, read({ SITE_ENV: "preview" }, git).shortCommit],
      ["drafts/tokens", "0123456"],
    );
    const detached = (args: string[]) => (args.includes("--abbrev-ref") ? "HEAD" : sha);
    assert.equal(read({ SITE_ENV: "preview" }, detached).branch, undefined);
  });
  test("production names no source: its pages don't change with each commit", () => {
    const production = read({ SITE_ENV: "production", VERCEL_GIT_COMMIT_REF: "main", VERCEL_GIT_COMMIT_SHA: sha });
    assert.deepEqual([production.branch, production.commit], [undefined, undefined]);
  });
  test("something that is not a commit hash is ignored", () => {
    assert.equal(read({ SITE_ENV: "preview", GITHUB_SHA: "not-a-sha" }).commit, undefined);
  });
});

describe("SITE_URL and BASE_PATH", () => {
  test("defaults: the production journal at the root", () => {
    const deployment = read({});
    assert.equal(deployment.siteUrl, "https://blog.processout.com");
    assert.equal(deployment.basePath, "");
    assert.equal(deployment.output, "server");
    assert.equal(deployment.postsPerPage, 10);
  });
  test("POSTS_PER_PAGE sets the index's page size", () => {
    assert.equal(read({ POSTS_PER_PAGE: "3" }).postsPerPage, 3);
  });
  test("a trailing slash is dropped; a path is kept", () => {
    assert.equal(read({ SITE_URL: "https://example.com/" }).siteUrl, "https://example.com");
    assert.equal(
      read({ SITE_URL: "https://example.com/engineering/", BASE_PATH: "/engineering", SITE_ENV: "production" }).siteUrl,
      "https://example.com/engineering",
    );
  });
  test("a preview keeps production's SITE_URL under its own base path", () => {
    const preview = read({ SITE_ENV: "preview", BASE_PATH: "/previews/feature-x" });
    assert.equal(preview.basePath, "/previews/feature-x");
    assert.equal(preview.siteUrl, "https://blog.processout.com");
  });
  test("'/' and blanks mean the root", () => {
    for (const value of ["", " ", "/"]) assert.equal(read({ BASE_PATH: value }).basePath, "", JSON.stringify(value));
  });
});

describe("bad settings stop the build, naming the variable, the value and what was expected", () => {
  const problems = (env: Env) => {
    try {
      read(env);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return "";
  };
  const cases: [Env, RegExp][] = [
    [
      { SITE_ENV: "staging" },
      /SITE_ENV: "staging" is not an environment, expected one of production, preview, development/,
    ],
    [{ SITE_ENV: "Preview" }, /SITE_ENV: "Preview" is not an environment/],
    [{ VERCEL_ENV: "qa" }, /VERCEL_ENV: "qa" is not an environment/],
    [{ SITE_URL: "blog.processout.com" }, /SITE_URL: "blog.processout.com" is not a URL, expected an absolute address/],
    [{ SITE_URL: "ftp://example.com" }, /SITE_URL: "ftp:\/\/example.com" uses ftp:, expected http: or https:/],
    [{ SITE_URL: "https://example.com/?utm=x" }, /SITE_URL: .* has a query, fragment or credentials/],
    [{ BASE_PATH: "previews/x" }, /BASE_PATH: "previews\/x" is not a base path, expected "\/" followed by segments/],
    [{ BASE_PATH: "/previews/x/" }, /BASE_PATH: "\/previews\/x\/" is not a base path/],
    [{ BASE_PATH: "/previews/../x" }, /BASE_PATH: "\/previews\/..\/x" is not a base path/],
    [{ BASE_PATH: "/previews//x" }, /BASE_PATH: "\/previews\/\/x" is not a base path/],
    [{ BASE_PATH: "/feature/été" }, /BASE_PATH: "\/feature\/été" is not a base path/],
    [{ SITE_OUTPUT: "static" }, /SITE_OUTPUT: "static" is not an output, expected one of server, export/],
    [{ POSTS_PER_PAGE: "0" }, /POSTS_PER_PAGE: "0" is not a page size, expected a whole number from 1 to 999/],
    [{ POSTS_PER_PAGE: "2.5" }, /POSTS_PER_PAGE: "2.5" is not a page size/],
    [
      { SITE_ENV: "production", BASE_PATH: "/blog", SITE_URL: "https://example.com" },
      /SITE_URL: "https:\/\/example.com" does not end with BASE_PATH "\/blog"/,
    ],
  ];
  for (const [env, expected] of cases) {
    test(JSON.stringify(env), () => assert.match(problems(env), expected));
  }
  test("every problem at once", () => {
    const message = problems({ SITE_ENV: "staging", BASE_PATH: "x", SITE_OUTPUT: "zip" });
    assert.match(message, /^Deployment settings are invalid:/);
    assert.equal(message.split("\n  - ").length - 1, 3);
  });
});

test("withBasePath prefixes paths from the root, and only those", () => {
  assert.equal(withBasePath("", "/feed.xml"), "/feed.xml");
  assert.equal(withBasePath("/previews/b", "/feed.xml"), "/previews/b/feed.xml");
  assert.equal(withBasePath("/previews/b", "/"), "/previews/b");
  assert.throws(() => withBasePath("/previews/b", "feed.xml"), /is not a path from the root/);
});
