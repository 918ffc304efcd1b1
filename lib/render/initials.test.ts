import assert from "node:assert/strict";
import { test } from "node:test";
import { initialsOf } from "./initials";

test("takes the first letters of the first and last words", () => {
  assert.equal(initialsOf("Manuel Huez"), "MH");
  assert.equal(initialsOf("Ada King Lovelace"), "AL");
});

test("a hyphenated first name counts as one word", () => {
  assert.equal(initialsOf("Louis-Paul Dareau"), "LD");
});

test("a one-word name gives one letter", () => {
  assert.equal(initialsOf("Grace"), "G");
});

test("uppercases, keeps accented letters and skips what is not a letter", () => {
  assert.equal(initialsOf("  élodie  (de) bégaudeau "), "ÉB");
  assert.equal(initialsOf("Ørjan 'Ola' Østby"), "ØØ");
});

test("a name without letters gives a placeholder", () => {
  assert.equal(initialsOf(""), "?");
  assert.equal(initialsOf("  42 "), "?");
});
