/**
 * The card step's bookkeeping (scripts/cards.ts): which cards a build needs, how they are shared between the
 * drawing processes, and the proof that every card a page points at was drawn.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cardFileName, cardFolder, journalCard, postCard, type Card } from "./card-address";

type CardPost = Parameters<typeof postCard>[0];

/** Every card of a build: the journal's and one a post, each file once (two posts may draw the same card). */
export function cardsOf(posts: readonly CardPost[], version: string): Map<string, Card> {
  const cards = new Map<string, Card>();
  for (const card of [journalCard, ...posts.map(postCard)]) cards.set(cardFileName(card, version), card);
  return cards;
}

/** One drawing process's share: every `count`-th card from `index`, so each gets as many of each kind. */
export function shareOf<T>(items: readonly T[], index: number, count: number): T[] {
  return items.filter((_, position) => position % count === index);
}

const CARD_REFERENCE = new RegExp(`/_next/static/${cardFolder}/([0-9a-f]+\\.png)`, "g");

/** The card files an HTML page points at (its og:image and twitter:image, its JSON-LD image). */
export function cardReferences(html: string): Set<string> {
  return new Set([...html.matchAll(CARD_REFERENCE)].map((match) => match[1] as string));
}

/** Pages of `pagesDir` (Next's prerendered HTML) pointing at a card that is not in `drawn`, with that card. */
export function missingCards(pagesDir: string, drawn: ReadonlySet<string>): { page: string; card: string }[] {
  const missing: { page: string; card: string }[] = [];
  for (const file of readdirSync(pagesDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html")) continue;
    for (const card of cardReferences(readFileSync(path.join(pagesDir, file), "utf8"))) {
      if (!drawn.has(card)) missing.push({ page: file, card });
    }
  }
  return missing;
}
