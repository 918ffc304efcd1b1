/**
 * The files a reader's browser chooses from for one image of a post, made with sharp: AVIF and WebP at a few widths
 * up to the image's own (never enlarged), a fallback every browser shows (JPEG, or PNG where the image has
 * transparency), and a placeholder of a few hundred bytes shown until the picture arrives. An animation stays an
 * animation: WebP and GIF (sharp writes no animated AVIF). An SVG is served as it is, once its rules have passed.
 * Each file is named by a hash of the source's bytes and of this code's version, so it can be cached forever.
 */
import { createHash } from "node:crypto";
import sharp, { type Sharp } from "sharp";
import { MAX_PIXELS, type RasterFacts } from "./image-rules";
import type { MediaEntry, MediaSource } from "./manifest";

/** The widths made, in CSS pixels of a 1× screen; an image gets those below its own width, and its own. */
const WIDTHS = [480, 720, 960, 1200, 1600, 2000, 2400] as const;
const LARGEST = WIDTHS[WIDTHS.length - 1] ?? 2400;

// Qualities a screenshot's text stays sharp at. AVIF at effort 2, not its default: docs/performance.md has the
// trade (encoding time against bytes).
const AVIF = { quality: 50, effort: 2 } as const;
const WEBP = { quality: 75, effort: 4 } as const;
const JPEG = { quality: 78, mozjpeg: true } as const;
const PNG = { compressionLevel: 9, palette: true, quality: 90, effort: 7 } as const;
/** The placeholder's width: a blurred hint of the picture, as a CSS background. */
const PLACEHOLDER_WIDTH = 16;

/** The widths made for an image `width` pixels wide: the listed ones clearly below it, then its own (at most the largest). */
function widthsFor(width: number): number[] {
  const own = Math.min(width, LARGEST);
  return [...WIDTHS.filter((candidate) => candidate <= own * 0.9), own];
}

/** The prefix of every file of an image: its bytes under this code's version. */
export function mediaHash(bytes: Uint8Array, version: string): string {
  return createHash("sha256").update(version).update("\0").update(bytes).digest("hex").slice(0, 20);
}

export type MadeFiles = { entry: MediaEntry; files: Map<string, Uint8Array> };

type Format = { type: string; extension: string; encode: (image: Sharp) => Sharp };

const avif: Format = { type: "image/avif", extension: "avif", encode: (image) => image.avif(AVIF) };
const webp: Format = { type: "image/webp", extension: "webp", encode: (image) => image.webp(WEBP) };
const jpeg: Format = { type: "image/jpeg", extension: "jpg", encode: (image) => image.flatten().jpeg(JPEG) };
const png: Format = { type: "image/png", extension: "png", encode: (image) => image.png(PNG) };
const gif: Format = { type: "image/gif", extension: "gif", encode: (image) => image.gif() };

/** The variants of a raster image whose header (`facts`) passed the limits. */
export async function makeRasterVariants(bytes: Uint8Array, facts: RasterFacts, hash: string): Promise<MadeFiles> {
  const animated = facts.frames > 1;
  const source = sharp(bytes, { animated, limitInputPixels: MAX_PIXELS });
  const opaque = (await sharp(bytes, { limitInputPixels: MAX_PIXELS }).stats()).isOpaque;
  const formats = animated ? [webp] : [avif, webp];
  const fallback = animated ? gif : opaque ? jpeg : png;
  const widths = widthsFor(facts.width);
  const files = new Map<string, Uint8Array>();

  // Every variant at once: sharp runs each on a thread of libuv's pool, so the encodes share the machine's cores.
  const make = async (format: Format): Promise<MediaSource> => {
    const variants = widths.map((width) => ({ width, file: `${hash}-${width}.${format.extension}` }));
    const encoded = await Promise.all(
      variants.map(
        async ({ width, file }) => [file, await format.encode(source.clone().resize({ width })).toBuffer()] as const,
      ),
    );
    for (const [file, bytes] of encoded) files.set(file, bytes);
    return { type: format.type, variants };
  };
  const [fallbackSource, ...sources] = await Promise.all([fallback, ...formats].map(make));
  if (!fallbackSource) throw new Error("media: no fallback made");
  const entry: MediaEntry = {
    hash,
    kind: animated ? "animation" : "picture",
    width: facts.width,
    height: facts.height,
    sources,
    fallback: fallbackSource,
    // A placeholder behind a transparent picture would show through it once loaded: opaque pictures only.
    placeholder: opaque ? await placeholderOf(bytes) : undefined,
  };
  return { entry, files };
}

async function placeholderOf(bytes: Uint8Array): Promise<string> {
  const tiny = await sharp(bytes, { limitInputPixels: MAX_PIXELS })
    .resize({ width: PLACEHOLDER_WIDTH })
    .webp({ quality: 40 })
    .toBuffer();
  return `data:image/webp;base64,${tiny.toString("base64")}`;
}

/** An SVG that passed its rules: the file as it is, under its hashed name. */
export function drawingFiles(bytes: Uint8Array, size: { width: number; height: number }, hash: string): MadeFiles {
  const file = `${hash}.svg`;
  const entry: MediaEntry = {
    hash,
    kind: "drawing",
    ...size,
    sources: [],
    fallback: { type: "image/svg+xml", variants: [{ width: size.width, file }] },
  };
  return { entry, files: new Map([[file, bytes]]) };
}
