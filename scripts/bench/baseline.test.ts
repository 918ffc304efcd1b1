import assert from "node:assert/strict";
import { test } from "node:test";
import { sameInstalledPackages } from "./baseline";

const lock = (rootDependencies: Record<string, string>, installed: Record<string, unknown>) =>
  JSON.stringify({
    name: "flight-journal",
    lockfileVersion: 3,
    packages: { "": { name: "flight-journal", dependencies: rootDependencies }, ...installed },
  });

test("a lockfile that only names an installed package as the project's own installs the same packages", () => {
  const installed = {
    "node_modules/contentlayer2": { version: "0.5.8" },
    "node_modules/@contentlayer2/core": { version: "0.5.8" },
  };
  const before = lock({ contentlayer2: "0.5.8" }, installed);
  const after = lock({ contentlayer2: "0.5.8", "@contentlayer2/core": "0.5.8" }, installed);
  assert.equal(sameInstalledPackages(before, after), true);
});

test("another version, another package or a package less is another install", () => {
  const base = { "node_modules/next": { version: "16.4.5" }, "node_modules/react": { version: "19.2.1" } };
  const before = lock({ next: "16.4.5" }, base);
  const upgraded = lock({ next: "16.4.6" }, { ...base, "node_modules/next": { version: "16.4.6" } });
  const added = lock({ next: "16.4.5" }, { ...base, "node_modules/feed": { version: "6.0.0" } });
  const withoutReact = { "node_modules/next": base["node_modules/next"] };
  assert.equal(sameInstalledPackages(before, upgraded), false);
  assert.equal(sameInstalledPackages(before, added), false);
  assert.equal(sameInstalledPackages(before, lock({ next: "16.4.5" }, withoutReact)), false);
});
