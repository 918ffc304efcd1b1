import assert from "node:assert/strict";
import { test } from "node:test";
import { fontDisplaySet } from "./weight";

test("font-display is judged on downloaded faces only", () => {
  const web = '@font-face{font-family:sans;src:url(a.woff2)format("woff2");font-display:swap}';
  const fallback = "@font-face{font-family:sans Fallback;src:local(Arial);size-adjust:107%}";
  assert.equal(fontDisplaySet(web + fallback), true);
  assert.equal(fontDisplaySet('@font-face{font-family:sans;src:url(a.woff2)format("woff2")}' + fallback), false);
  assert.equal(fontDisplaySet(fallback), false);
});
