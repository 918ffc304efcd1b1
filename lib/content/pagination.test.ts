import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { laterPageNumbers, pageCount, pageOf, parsePageNumber } from "./pagination";

const items = Array.from({ length: 25 }, (_, i) => i + 1);

describe("pageCount", () => {
  test("rounds up to whole pages", () => {
    assert.equal(pageCount(25, 10), 3);
    assert.equal(pageCount(20, 10), 2);
    assert.equal(pageCount(21, 10), 3);
    assert.equal(pageCount(6, 10), 1);
  });
  test("an empty list still has its first page", () => {
    assert.equal(pageCount(0, 10), 1);
  });
  test("rejects a page size that is not a positive integer", () => {
    assert.throws(() => pageCount(5, 0), /perPage: 0/);
    assert.throws(() => pageCount(5, 2.5), /perPage: 2.5/);
  });
});

describe("pageOf", () => {
  test("the first page holds the first items, has a next page and no previous one", () => {
    assert.deepEqual(pageOf(items, 1, 10), {
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      number: 1,
      count: 3,
      previous: undefined,
      next: 2,
    });
  });
  test("a middle page links both ways", () => {
    const page = pageOf(items, 2, 10);
    assert.deepEqual(page?.items, [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    assert.equal(page?.previous, 1);
    assert.equal(page?.next, 3);
  });
  test("the last page holds the remainder and has no next page", () => {
    const page = pageOf(items, 3, 10);
    assert.deepEqual(page?.items, [21, 22, 23, 24, 25]);
    assert.equal(page?.previous, 2);
    assert.equal(page?.next, undefined);
  });
  test("a single page has neither neighbour", () => {
    const page = pageOf(items.slice(0, 6), 1, 10);
    assert.equal(page?.items.length, 6);
    assert.equal(page?.previous, undefined);
    assert.equal(page?.next, undefined);
  });
  test("out-of-range and non-integer pages do not exist", () => {
    for (const number of [0, -1, 4, 1.5, Number.NaN])
      assert.equal(pageOf(items, number, 10), undefined, String(number));
  });
  test("an empty list has an empty first page", () => {
    assert.deepEqual(pageOf([], 1, 10)?.items, []);
    assert.equal(pageOf([], 2, 10), undefined);
  });
});

describe("laterPageNumbers", () => {
  test("lists the pages after the first", () => {
    assert.deepEqual(laterPageNumbers(25, 10), [2, 3]);
    assert.deepEqual(laterPageNumbers(10, 10), []);
    assert.deepEqual(laterPageNumbers(0, 10), []);
  });
});

describe("parsePageNumber", () => {
  test("accepts plain positive integers only", () => {
    assert.equal(parsePageNumber("2"), 2);
    assert.equal(parsePageNumber("12"), 12);
    for (const segment of ["0", "02", "-1", "1.5", "x", "", " 2"]) {
      assert.equal(parsePageNumber(segment), undefined, segment);
    }
  });
});
