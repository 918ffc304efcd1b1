/**
 * The journal's social card (1200×630 PNG), drawn at build time by next/og. Fonts are read from the npm
 * package: next/og takes woff (not woff2), and nothing is downloaded.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { cached } from "../cache/store";
import { formatDate, formatReadingTime } from "../render/format";
import { site } from "../site";

export const socialCardSize = { width: 1200, height: 630 };

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
type Card = { title: string; eyebrow: string; byline?: string };

/** What a post's card draws: its title, reading time, author and day (and nothing else: tags are not drawn). */
export function postCard(post: { title: string; readingTime: number; date: string; author: { name: string } }): Card {
  return {
    title: post.title,
    eyebrow: formatReadingTime(post.readingTime),
    byline: `${post.author.name} · ${formatDate(post.date)}`,
  };
}

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

type DrawnCard = { headers: [string, string][]; png: Uint8Array };

/**
 * The card as a response. In `npm run build` the drawn PNG (and the headers next/og gives it) is kept in the
 * build cache, keyed by what the card draws; the store's version covers this module's closure and
 * package-lock.json (next/og's and the fonts' versions). A hit is served with the same bytes and headers.
 */
export async function socialCard(card: Card): Promise<Response> {
  const drawn = await cached<DrawnCard>(
    "card",
    JSON.stringify([card.title, card.eyebrow, card.byline ?? null]),
    async () => {
      const response = await drawCard(card);
      return { headers: [...response.headers.entries()], png: new Uint8Array(await response.arrayBuffer()) };
    },
    ({ headers, png }) => Buffer.concat([Buffer.from(`${JSON.stringify(headers)}\n`), png]),
    (bytes) => {
      const end = bytes.indexOf(0x0a);
      return { headers: JSON.parse(bytes.subarray(0, end).toString("utf8")), png: bytes.subarray(end + 1) };
    },
  );
  return new Response(drawn.png as BodyInit, { headers: drawn.headers });
}
