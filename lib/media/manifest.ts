/**
 * What the image step made, for the components that show it: for each image of a post (by its path in the
 * content folder), its size, placeholder and the files made from it. The step writes it before `next build` (and
 * again as `npm run dev` sees changes); Figure and the feeds read it. The files themselves are in public/_media/,
 * served at /_media/ by `next start`, `next dev` and any static host alike.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { postFolder } from "../content/post-files";

export type MediaVariant = { width: number; file: string };
/** One format of an image, its variants narrowest first. */
export type MediaSource = { type: string; variants: MediaVariant[] };

export type MediaEntry = {
  /** The prefix of every file made from the image: a hash of its bytes and of the code that made them. */
  hash: string;
  /** A picture (AVIF, WebP, JPEG or PNG), an animation (WebP, GIF) or a drawing (the SVG itself). */
  kind: "picture" | "animation" | "drawing";
  width: number;
  height: number;
  /** The modern formats, best first, for <source> elements. */
  sources: MediaSource[];
  /** What every browser shows, and what the full-size link and the feeds point at. */
  fallback: MediaSource;
  /** A data: URL of a tiny version, the picture's background until it loads (opaque pictures only). */
  placeholder?: string | undefined;
};

export type MediaManifest = { files: Record<string, MediaEntry> };

/** The folder under public/ that holds the files made, and the address it is served at (under the base path). */
export const MEDIA_FOLDER = "_media";
/** Generated, never committed, beside the collection contentlayer generates. */
export const MANIFEST_FILE = ".contentlayer/media.json";

let read: { file: string; mtimeMs: number; manifest: MediaManifest } | undefined;

/** The manifest the image step last wrote in `root`, read again only when it changed (`npm run dev`). */
export function readManifest(root = process.cwd()): MediaManifest | undefined {
  const file = path.join(root, MANIFEST_FILE);
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return undefined;
  if (read?.file !== file || read.mtimeMs !== stat.mtimeMs) {
    read = { file, mtimeMs: stat.mtimeMs, manifest: JSON.parse(readFileSync(file, "utf8")) as MediaManifest };
  }
  return read.manifest;
}

/** The entry of the image at `contentPath` (`posts/<slug>/dashboard.png`), or an error saying why there is none. */
export function mediaEntry(contentPath: string, manifest = readManifest()): MediaEntry {
  if (!manifest) {
    throw new Error(
      `${contentPath}: no image step has run (${MANIFEST_FILE} is missing): run npm run build or npm run dev`,
    );
  }
  const entry = manifest.files[contentPath];
  if (!entry) {
    throw new Error(
      `${contentPath}: the image step made nothing from it: it refused the file (npm run check says why) or has not seen it yet`,
    );
  }
  return entry;
}

/**
 * What the image step made for the post at `sourceFile` (its images' hashes), for the caches of what shows them:
 * an image edited without its post changes it.
 */
export function mediaVersionOf(sourceFile: string | undefined, manifest = readManifest()): string {
  const folder = sourceFile && postFolder(sourceFile);
  if (!folder || !manifest) return "";
  return Object.entries(manifest.files)
    .filter(([file]) => file.startsWith(`${folder}/`))
    .map(([file, entry]) => `${file}:${entry.hash}`)
    .sort()
    .join("\n");
}

/** The widest variant no wider than `width`, else the narrowest. */
export function variantUpTo(source: MediaSource, width: number): MediaVariant {
  const fitting = source.variants.filter((variant) => variant.width <= width);
  const chosen = fitting.at(-1) ?? source.variants[0];
  if (!chosen) throw new Error(`media: a ${source.type} source without variants`);
  return chosen;
}

/**
 * The plain image (JPEG or PNG) for a reader with no `srcset`: a browser without it, a feed reader. At most the
 * column's largest width at 1x, so a feed never carries a full-size screenshot.
 */
export const plainImage = (entry: MediaEntry): MediaVariant => variantUpTo(entry.fallback, 1200);

/** The full-resolution file: the widest fallback. */
export const fullSize = (entry: MediaEntry): MediaVariant => variantUpTo(entry.fallback, Number.POSITIVE_INFINITY);

/** A file's address from the root of the journal (the base path is the caller's). */
export const mediaPath = (file: string) => `/${MEDIA_FOLDER}/${file}`;
