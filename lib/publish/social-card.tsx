/**
 * The journal's social card (1200×630 PNG), drawn by next/og in the build's card step (scripts/cards.ts); where a
 * card is served is card-address.ts. Fonts are read from the npm package: next/og takes woff (not woff2), and
 * nothing is downloaded.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { cached, openStore } from "../cache/store";
import { cardInput, socialCardSize, type Card } from "./card-address";
import { site } from "../site";

const fontFile = (weight: 400 | 700) =>
  readFile(
    path.join(
      /* turbopackIgnore: true */ process.cwd(),
      `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`,
    ),
  );

// Read once per build process, not once per card: a build draws a card for every post.
let fonts: Promise<[Buffer, Buffer]> | undefined;
const loadFonts = () => (fonts ??= Promise.all([fontFile(400), fontFile(700)]));

/** What a card draws. Every text is a React child (drawn as glyphs), never markup: a title is shown as written. */
export function socialCardElement({ title, eyebrow, byline }: Card) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: "#0b1220",
        color: "#e2e8f0",
        fontFamily: "Inter",
      }}
    >
      <div
        style={{
          display: "flex",
          alignItems: "center",
          gap: 18,
          fontSize: 30,
          letterSpacing: 6,
          textTransform: "uppercase",
        }}
      >
        <div style={{ width: 22, height: 22, borderRadius: 11, background: "#34d399" }} />
        {site.name}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        <div style={{ fontSize: 28, color: "#34d399" }}>{eyebrow}</div>
        <div style={{ fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#a3b1c6" }}>
        <span>{byline ?? site.tagline}</span>
        <span>{site.company.name}</span>
      </div>
    </div>
  );
}

function drawCard(card: Card): Promise<Response> {
  return loadFonts().then(
    ([regular, bold]) =>
      new ImageResponse(socialCardElement(card), {
        ...socialCardSize,
        fonts: [
          { name: "Inter", data: regular, weight: 400, style: "normal" },
          { name: "Inter", data: bold, weight: 700, style: "normal" },
        ],
      }),
  );
}

/**
 * The card as PNG bytes. In `npm run build` the drawing is kept in the build cache, keyed by what the card draws;
 * the store's version covers this module's closure and package-lock.json (next/og's and the fonts' versions).
 */
export function drawSocialCard(card: Card): Promise<Uint8Array> {
  return cached<Uint8Array>(
    "card",
    cardInput(card),
    async () => new Uint8Array(await (await drawCard(card)).arrayBuffer()),
    (png) => png,
    (bytes) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  );
}

/** Whether `drawSocialCard(card)` would come from the build cache (without the cache on, never). */
export const isCardDrawn = (card: Card): boolean => openStore("card")?.has(cardInput(card)) ?? false;
