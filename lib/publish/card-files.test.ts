import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { test } from "node:test";
import { cardFileName, cardPath, journalCard, postCard } from "./card-address";
import { cardReferences, cardsOf, missingCards, shareOf } from "./card-files";

const post = (title: string, name: string, date = "2024-05-01") => ({
  title,
  readingTime: 7,
  date,
  author: { name },
});

test("a card's name follows what it draws and the card code's version, nothing else", () => {
  const ledgers = postCard(post("Ledgers", "Ada"));
  const name = cardFileName(ledgers, "v1");
  assert.match(name, /^[0-9a-f]{24}\.png$/);
  assert.equal(cardFileName(postCard({ ...post("Ledgers", "Ada"), tags: ["payments"] } as never), "v1"), name);
  for (const other of [
    cardFileName(postCard(post("Ledgers!", "Ada")), "v1"),
    cardFileName(postCard(post("Ledgers", "Ada Lovelace")), "v1"),
    cardFileName(postCard(post("Ledgers", "Ada", "2024-05-02")), "v1"),
    cardFileName(postCard({ ...post("Ledgers", "Ada"), readingTime: 8 }), "v1"),
    cardFileName(ledgers, "v2"),
  ]) {
    assert.notEqual(other, name);
  }
});

test("a build's cards: the journal's and one a post, each file once", () => {
  const cards = cardsOf([post("A", "Ada"), post("B", "Grace"), post("A", "Ada")], "v1");
  assert.equal(cards.size, 3);
  assert.deepEqual(cards.get(cardFileName(journalCard, "v1")), journalCard);
});

test("the drawing processes share the cards: each card once, in even shares", () => {
  const items = Array.from({ length: 11 }, (_, index) => index);
  const shares = [0, 1, 2].map((index) => shareOf(items, index, 3));
  assert.deepEqual(
    shares.flat().sort((a, b) => a - b),
    items,
  );
  assert.deepEqual(
    shares.map((share) => share.length),
    [4, 4, 3],
  );
});

test("every card a page points at is found, under any base path", () => {
  const card = cardFileName(journalCard, "v1");
  const html = `<meta property="og:image" content="https://x.test/previews/b/_next/static/cards/${card}"/>
    <meta name="twitter:image" content="https://x.test/previews/b/_next/static/cards/${card}"/>
    <script type="application/ld+json">{"image":"https://x.test/_next/static/cards/abc123.png"}</script>`;
  assert.deepEqual([...cardReferences(html)].sort(), ["abc123.png", card].sort());
  assert.equal(cardPath(journalCard).startsWith("/_next/static/cards/"), true);
});

test("a page pointing at a card the build did not draw is named, with the card", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cards-"));
  try {
    mkdirSync(path.join(dir, "posts"));
    writeFileSync(path.join(dir, "index.html"), `<meta content="/_next/static/cards/aaa.png">`);
    writeFileSync(path.join(dir, "posts/x.html"), `<meta content="/_next/static/cards/bbb.png">`);
    writeFileSync(path.join(dir, "posts/x.rsc"), `/_next/static/cards/ccc.png`);
    assert.deepEqual(missingCards(dir, new Set(["aaa.png"])), [
      { page: path.join("posts", "x.html"), card: "bbb.png" },
    ]);
    assert.deepEqual(missingCards(dir, new Set(["aaa.png", "bbb.png"])), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
