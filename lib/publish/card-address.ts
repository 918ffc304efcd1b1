/**
 * Where a social card is served, known to a page without drawing it. The build's card step (scripts/cards.ts)
 * draws the cards (social-card.tsx) after the pages, into `<dist>/static/cards/`, which Next serves at
 * /_next/static/cards/. A card's file is named by what it draws and by the version of the card's code
 * (CARD_VERSION_ENV, set by `npm run build`): a changed title, name or design is a new address, so hosts may keep
 * a card for good, and a page can never point at another version's picture.
 */
import { createHash } from "node:crypto";
import { formatDate, formatReadingTime } from "../render/format";
import { site } from "../site";

export const socialCardSize = { width: 1200, height: 630 };

/** The variable that carries the card code's version from `npm run build` to the pages and the card step. */
export const CARD_VERSION_ENV = "JOURNAL_CARD_VERSION";
/** The cards' folder inside a build's static folder, and the path Next serves it at. */
export const cardFolder = "cards";
const cardRoute = `/_next/static/${cardFolder}`;

export type Card = { title: string; eyebrow: string; byline?: string };

/** The card of every page that is not a post: the journal's name and tagline. */
export const journalCard: Card = { title: site.tagline, eyebrow: `The engineering blog of ${site.company.name}` };

/** What decides a card's pixels (besides the code): its three texts. */
export const cardInput = ({ title, eyebrow, byline }: Card) => JSON.stringify([title, eyebrow, byline ?? null]);

/**
 * A card's file name: a hash of the card code's version and of what it draws. Without a version (next dev, a bare
 * `next build`), no card step runs and the address says so.
 */
export function cardFileName(card: Card, version = process.env[CARD_VERSION_ENV] || "unversioned"): string {
  return `${createHash("sha256").update(version).update("\0").update(cardInput(card)).digest("hex").slice(0, 24)}.png`;
}

/** The path (from the root, before the base path) a card is served at. */
export const cardPath = (card: Card) => `${cardRoute}/${cardFileName(card)}`;

/** What a post's card draws: its title, reading time, author and day (and nothing else: tags are not drawn). */
export function postCard(post: { title: string; readingTime: number; date: string; author: { name: string } }): Card {
  return {
    title: post.title,
    eyebrow: formatReadingTime(post.readingTime),
    byline: `${post.author.name} · ${formatDate(post.date)}`,
  };
}
