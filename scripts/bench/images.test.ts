import assert from "node:assert/strict";
import { test } from "node:test";
import { sizesFor } from "../../components/mdx/figure";
import { chosenWidth, slotWidth } from "./images";

test("the slot a figure's sizes give each screen: the column, or the screen less its margins", () => {
  const sizes = sizesFor(2400);
  assert.equal(slotWidth(sizes, 1440), 720);
  assert.equal(slotWidth(sizes, 800), 707);
  assert.equal(slotWidth(sizes, 700), 652);
  assert.equal(slotWidth(sizes, 390), 358);
  assert.equal(slotWidth(sizesFor(600), 1440), 600);
});

test("a browser's pick: the narrowest candidate covering slot × DPR, else the widest", () => {
  const widths = [480, 720, 960, 1200, 1600, 2000, 2400];
  assert.equal(chosenWidth(widths, 358, 3), 1200);
  assert.equal(chosenWidth(widths, 720, 1), 720);
  assert.equal(chosenWidth(widths, 720, 2), 1600);
  assert.equal(chosenWidth([480, 600], 720, 2), 600);
});
