// build-output.ts leans on Next's build folder layout, which Next does not document as an interface. Each fact is
// checked here against the installed Next, so an upgrade that changes one fails here, saying which, rather than
// as a search index or social cards missing from the built site.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { CLIENT_STATIC_FILES_PATH, EXPORT_DETAIL, SERVER_DIRECTORY } from "next/dist/shared/lib/constants.js";
import { getBuildDistDir } from "next/dist/export/utils.js";
import {
  exportDir,
  journalCacheDir,
  prerenderedPagesDir,
  routeOfPrerenderedPage,
  staticFileDirs,
} from "./build-output";

const update = "update lib/deploy/build-output.ts for this Next release";

describe("the layout of Next's build folder that build-output.ts assumes", () => {
  test("next start serves <distDir>/static at /_next/static", () => {
    assert.equal(CLIENT_STATIC_FILES_PATH, "static", `Next renamed its static folder: ${update}`);
    assert.equal(staticFileDirs("cards", "/dist")[0], path.join("/dist", CLIENT_STATIC_FILES_PATH, "cards"));
  });

  test("prerendered pages are under <distDir>/server/app", () => {
    assert.equal(SERVER_DIRECTORY, "server", `Next renamed its server folder: ${update}`);
    assert.equal(prerenderedPagesDir("/dist"), path.join("/dist", SERVER_DIRECTORY, "app"));
  });

  test("a static export names its folder in export-detail.json", () => {
    assert.equal(EXPORT_DETAIL, "export-detail.json", `Next renamed its export detail file: ${update}`);
  });

  test("a static export builds in .next whatever distDir says", () => {
    // Next's own rule for the folder it builds in; the config is partial, as the rule reads two fields only.
    const built: unknown = Reflect.apply(getBuildDistDir, undefined, [{ output: "export", distDir: "out" }]);
    assert.equal(built, ".next", `Next now builds a static export in ${String(built)}: ${update}`);
  });

  test("the journal's cache lives in the cache folder Next keeps between builds", () => {
    assert.equal(journalCacheDir("/dist"), path.join("/dist", "cache", "journal"));
  });
});

describe("exportDir", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "build-output-"));
  const detail = (value: unknown) => writeFileSync(path.join(dir, EXPORT_DETAIL), JSON.stringify(value));

  test("is the folder of a successful export, and none otherwise", (t) => {
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    assert.equal(exportDir(dir), undefined);
    detail({ version: 1, success: true, outDirectory: "/work/out" });
    assert.equal(exportDir(dir), "/work/out");
    assert.deepEqual(staticFileDirs("pagefind", dir), [
      path.join(dir, "static", "pagefind"),
      path.join("/work/out", "_next", "static", "pagefind"),
    ]);
    detail({ version: 1, success: false, outDirectory: "/work/out" });
    assert.equal(exportDir(dir), undefined);
  });
});

describe("routeOfPrerenderedPage", () => {
  test("maps prerendered pages to their routes", () => {
    assert.equal(routeOfPrerenderedPage("index.html"), "/");
    assert.equal(routeOfPrerenderedPage("posts/the-payment-crew.html"), "/posts/the-payment-crew");
    assert.equal(routeOfPrerenderedPage("tags.html"), "/tags");
    assert.equal(routeOfPrerenderedPage("posts\\x.html"), "/posts/x");
  });
  test("skips Next's own pages and everything that is not HTML", () => {
    for (const file of [
      "_not-found.html",
      "_global-error.html",
      "posts/x.rsc",
      "posts/x.meta",
      "posts/x.segments/_tree.segment.rsc",
      "posts/.hidden.html",
      "icon.svg",
    ]) {
      assert.equal(routeOfPrerenderedPage(file), undefined, file);
    }
  });
});
