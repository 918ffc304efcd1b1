/**
 * The image step: every image in a post folder becomes the files readers download (./variants.ts), written to
 * public/_media/ with the manifest the components read (./manifest.ts). Run by `npm run build` before `next build`
 * and by `npm run dev` at start and on every change. An image is made once: its files are named by a hash of its
 * bytes and of the code that makes them, found again in public/_media/ or in the build cache (lib/cache/, which CI
 * restores), so a rebuild makes none it already has. public/_media/ then holds exactly what this content needs.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { codeVersion } from "../cache/code-version";
import { cached, openStore, STORES } from "../cache/store";
import { contentEntries } from "../content/places";
import { postFileKind } from "../content/post-files";
import { formatCheckProblem } from "../content/problem";
import { readImage } from "./image-reading";
import { bytesProblem } from "./image-rules";
import { MANIFEST_FILE, MEDIA_FOLDER, type MediaEntry, type MediaManifest } from "./manifest";
import { drawingFiles, makeRasterVariants, mediaHash, type MadeFiles } from "./variants";

export type ImageStepResult = { images: number; made: number; problems: string[] };

/** One cache entry for all of an image's files: a JSON head (the entry, each file's name and size), then the bytes. */
function encode({ entry, files }: MadeFiles): Buffer {
  const head = Buffer.from(JSON.stringify({ entry, files: [...files].map(([name, bytes]) => [name, bytes.length]) }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(head.length);
  return Buffer.concat([length, head, ...files.values()]);
}

function decode(bytes: Buffer): MadeFiles {
  const headLength = bytes.readUInt32BE(0);
  const head = JSON.parse(bytes.subarray(4, 4 + headLength).toString("utf8")) as {
    entry: MediaEntry;
    files: [string, number][];
  };
  const files = new Map<string, Uint8Array>();
  let at = 4 + headLength;
  for (const [name, length] of head.files) {
    files.set(name, bytes.subarray(at, at + length));
    at += length;
  }
  return { entry: head.entry, files };
}

const filesOf = (entry: MediaEntry) => [...entry.sources, entry.fallback].flatMap((s) => s.variants.map((v) => v.file));

function readPrevious(root: string): MediaManifest {
  try {
    return JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), "utf8")) as MediaManifest;
  } catch {
    return { files: {} };
  }
}

/**
 * Makes the files of every image under `<contentDir>/posts/` into `<root>/public/_media/` and the manifest into
 * `<root>/.contentlayer/`; `version` is the code's (the project at `root`). Refused images are reported, not made;
 * the caller fails on any.
 */
export async function runImageStep(
  root: string,
  contentDir: string,
  version = codeVersion(root, STORES.media),
): Promise<ImageStepResult> {
  const output = path.join(root, "public", MEDIA_FOLDER);
  const previous = readPrevious(root);
  const manifest: MediaManifest = { files: {} };
  const result: ImageStepResult = { images: 0, made: 0, problems: [] };
  mkdirSync(output, { recursive: true });

  const images = contentEntries(contentDir)
    .files.map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.startsWith("posts/") && postFileKind(file) === "image");
  for (const contentPath of images) {
    const file = path.join(contentDir, contentPath);
    const shown = path.join(path.relative(root, path.resolve(contentDir)) || ".", contentPath);
    const tooBig = bytesProblem(statSync(file).size);
    if (tooBig) {
      result.problems.push(`${shown}: file: ${tooBig}`);
      continue;
    }
    const bytes = readFileSync(file);
    const hash = mediaHash(bytes, version);
    const checked = await readImage(bytes, shown);
    if ("problems" in checked) {
      for (const { line, field, message } of checked.problems) {
        result.problems.push(formatCheckProblem({ file: shown, line, field, message }));
      }
      continue;
    }
    const earlier = previous.files[contentPath];
    const kept =
      earlier?.hash === hash && filesOf(earlier).every((name) => existsSync(path.join(output, name)))
        ? earlier
        : undefined;
    const keptFiles = (entry: MediaEntry) =>
      new Map(filesOf(entry).map((name) => [name, readFileSync(path.join(output, name))]));
    // With a build cache, through it even when public/_media/ has the files: that keeps its entry for the next build.
    const made =
      kept && !openStore("media")
        ? { entry: kept, files: new Map<string, Uint8Array>() }
        : await cached(
            "media",
            hash,
            async (): Promise<MadeFiles> => {
              if (kept) return { entry: kept, files: keptFiles(kept) };
              result.made += 1;
              return "svg" in checked
                ? drawingFiles(bytes, checked.svg, hash)
                : makeRasterVariants(bytes, checked.raster, hash);
            },
            encode,
            decode,
          );
    result.images += 1;
    manifest.files[contentPath] = made.entry;
    for (const [name, data] of made.files) {
      if (!existsSync(path.join(output, name))) writeFileSync(path.join(output, name), data);
    }
  }

  const named = new Set(Object.values(manifest.files).flatMap(filesOf));
  for (const name of readdirSync(output)) if (!named.has(name)) rmSync(path.join(output, name), { force: true });
  // Written aside and renamed: a page rendering meanwhile (npm run dev) reads the old manifest or the new one.
  const target = path.join(root, MANIFEST_FILE);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(`${target}.partial`, JSON.stringify(manifest));
  renameSync(`${target}.partial`, target);
  return result;
}
