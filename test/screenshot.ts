/**
 * A screenshot-like PNG drawn for the tests and the image benchmark, never committed: a dashboard (sidebar, cards,
 * text, a chart) over which a photo-like area of seeded noise sits, as in a screenshot of a page with a picture on
 * it. The same arguments give the same bytes.
 */
import sharp from "sharp";
import { seededRandom } from "../scripts/seeded-random";

type Options = { width: number; height: number; seed?: number; dark?: boolean; alpha?: boolean };

function dashboardSvg({ width, height, seed = 1, dark = false }: Options): string {
  const next = seededRandom(seed);
  const [paper, panel, ink, accent] = dark
    ? ["#0f172a", "#1e293b", "#e2e8f0", "#60a5fa"]
    : ["#f8fafc", "#ffffff", "#0f172a", "#2563eb"];
  const unit = width / 100;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${paper}"/>`];
  parts.push(`<rect width="${18 * unit}" height="${height}" fill="${panel}"/>`);
  for (let i = 0; i < 12; i++) {
    parts.push(
      `<text x="${2 * unit}" y="${(8 + i * 5) * unit}" font-size="${1.6 * unit}" font-family="sans-serif" fill="${ink}">Menu item ${i + 1}</text>`,
    );
  }
  for (let card = 0; card < 3; card++) {
    const x = (21 + card * 26) * unit;
    parts.push(
      `<rect x="${x}" y="${4 * unit}" width="${24 * unit}" height="${12 * unit}" rx="${unit}" fill="${panel}" stroke="#cbd5e1"/>`,
    );
    parts.push(
      `<text x="${x + 2 * unit}" y="${9 * unit}" font-size="${1.5 * unit}" font-family="sans-serif" fill="${ink}">Authorization rate</text>`,
    );
    parts.push(
      `<text x="${x + 2 * unit}" y="${14 * unit}" font-size="${3 * unit}" font-family="sans-serif" fill="${accent}">${(80 + next() * 19).toFixed(1)} %</text>`,
    );
  }
  const points = Array.from({ length: 60 }, (_, i) => `${(21 + i * 1.3) * unit},${(40 - next() * 14) * unit}`);
  parts.push(`<polyline points="${points.join(" ")}" fill="none" stroke="${accent}" stroke-width="${0.3 * unit}"/>`);
  for (let row = 0; row < 14; row++) {
    parts.push(
      `<text x="${21 * unit}" y="${(46 + row * 1.9) * unit}" font-size="${1.2 * unit}" font-family="monospace" fill="${ink}">txn_${Math.floor(next() * 1e9)}  authorized  ${(next() * 500).toFixed(2)} EUR  ${row % 3 ? "visa" : "mastercard"}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join("")}</svg>`;
}

/** A PNG of `width` × `height`: about 2 MB at 2,400 × 1,600. With `alpha`, its corners are transparent. */
export async function screenshotPng(options: Options): Promise<Buffer> {
  const { width, height, seed = 1 } = options;
  const next = seededRandom(seed + 1);
  // The picture on the page: smooth colour with grain, which PNG compresses badly, as it does a photo.
  const photoWidth = Math.round(width * 0.32);
  const photoHeight = Math.round(height * 0.46);
  const pixels = Buffer.alloc(photoWidth * photoHeight * 3);
  for (let y = 0; y < photoHeight; y++) {
    for (let x = 0; x < photoWidth; x++) {
      const at = (y * photoWidth + x) * 3;
      const grain = next() * 40;
      pixels[at] = Math.min(255, (x / photoWidth) * 200 + grain);
      pixels[at + 1] = Math.min(255, (y / photoHeight) * 160 + grain);
      pixels[at + 2] = Math.min(255, 120 + grain);
    }
  }
  const photo = await sharp(pixels, { raw: { width: photoWidth, height: photoHeight, channels: 3 } })
    .png()
    .toBuffer();
  let image = sharp(Buffer.from(dashboardSvg(options))).composite([
    { input: photo, left: Math.round(width * 0.66), top: Math.round(height * 0.5) },
  ]);
  if (options.alpha) {
    const mask = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" rx="${width / 20}"/></svg>`;
    image = sharp(await image.png().toBuffer()).composite([{ input: Buffer.from(mask), blend: "dest-in" }]);
  }
  return image.png().toBuffer();
}
