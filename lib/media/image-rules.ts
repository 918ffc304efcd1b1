/**
 * The limits a post's image must meet before anything decodes it. A file arrives in a pull request: a few
 * kilobytes of PNG can declare a gigapixel image, and a long animation multiplies its frames. The size in bytes
 * comes from the disk, the pixel count from the header (sharp reads metadata without decoding), and each refusal
 * names the value and the limit. The content check and the image step run the same rules.
 */
import sharp, { type Metadata } from "sharp";

/** The largest file a post may hold (any kind). */
export const MAX_BYTES = 10 * 1024 * 1024;
/** The most pixels an image may decode to, every frame of an animation counted. */
export const MAX_PIXELS = 40_000_000;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file of `size` bytes is refused, or undefined. */
export function bytesProblem(size: number): string | undefined {
  if (size <= MAX_BYTES) return undefined;
  return `is ${megabytes(size)} (${size} bytes), expected at most ${megabytes(MAX_BYTES)}: export it smaller or as WebP/AVIF`;
}

/** The format sharp must find in a file, by its extension: a file is served with its extension's media type. */
const FORMATS: Record<string, string> = {
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
  webp: "webp",
  avif: "heif",
  gif: "gif",
};

/**
 * Why a file's header does not say what its extension does, or undefined. An AVIF is a HEIF file of AV1 pictures: a
 * HEIF of HEVC pictures (an iPhone's .heic) shows in few browsers, and the image step has no decoder for it.
 */
export function formatProblem(extension: string, { format, compression }: Pick<Metadata, "format" | "compression">) {
  if (FORMATS[extension] !== format) {
    return `is ${format === "heif" ? "an AVIF/HEIF" : `a ${format}`} file, expected what its .${extension} name says`;
  }
  if (format === "heif" && compression !== "av1") {
    return `is a HEIF file of ${compression ?? "unknown"} pictures, expected AVIF (AV1): export it as AVIF, WebP or PNG`;
  }
  return undefined;
}

/** What an image's header says, once it is known to be within the limits. */
export type RasterFacts = { width: number; height: number; frames: number };

/** The header of a raster image (`name` gives its extension), or why it is refused. Decodes nothing. */
export async function readRasterHeader(bytes: Uint8Array, name: string): Promise<RasterFacts | { problem: string }> {
  const extension = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
  let metadata: Metadata;
  try {
    // No pixel limit here: the header is all that is read, and the count below says by how much a file is over.
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return { problem: `is not a readable image (${reason})` };
  }
  const mismatch = formatProblem(extension, metadata);
  if (mismatch) return { problem: mismatch };
  const { width, height } = metadata;
  const frames = metadata.pages ?? 1;
  const pixels = width * height * frames;
  if (pixels > MAX_PIXELS) {
    const animation = frames > 1 ? ` in ${frames} frames` : "";
    return {
      problem: `decodes to ${pixels.toLocaleString("en")} pixels (${width} × ${height}${animation}), expected at most ${MAX_PIXELS.toLocaleString("en")}`,
    };
  }
  return { width, height, frames };
}
