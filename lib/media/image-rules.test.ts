import assert from "node:assert/strict";
import { test } from "node:test";
import sharp from "sharp";
import { bytesProblem, formatProblem, MAX_BYTES, MAX_PIXELS, readRasterHeader } from "./image-rules";

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#336699" } });

test("files over the byte limit are refused with their size and the limit", () => {
  assert.equal(bytesProblem(MAX_BYTES), undefined);
  assert.equal(
    bytesProblem(12 * 1024 * 1024),
    "is 12.0 MB (12582912 bytes), expected at most 10.0 MB: export it smaller or as WebP/AVIF",
  );
});

test("the pixel count comes from the header: a small file declaring too many pixels is refused", async () => {
  // A flat 8,000 × 6,000 PNG compresses to a few kilobytes: the bytes say nothing of what it decodes to.
  const bytes = await solid(8000, 6000).png({ palette: true, compressionLevel: 9 }).toBuffer();
  assert.ok(bytes.length < 200_000, `${bytes.length} bytes`);
  assert.deepEqual(await readRasterHeader(bytes, "posts/x/huge.png"), {
    problem: `decodes to 48,000,000 pixels (8000 × 6000), expected at most ${MAX_PIXELS.toLocaleString("en")}`,
  });
  assert.deepEqual(await readRasterHeader(await solid(640, 480).png().toBuffer(), "a.png"), {
    width: 640,
    height: 480,
    frames: 1,
  });
});

test("every frame of an animation counts", async () => {
  const frames = await Promise.all(
    Array.from({ length: 41 }, (_, i) =>
      sharp({ create: { width: 1000, height: 1000, channels: 3, background: { r: i * 6, g: 0, b: 0 } } })
        .png()
        .toBuffer(),
    ),
  );
  const animation = await sharp(frames, { join: { animated: true } })
    .webp({ lossless: true, effort: 0 })
    .toBuffer();
  assert.deepEqual(await readRasterHeader(animation, "spin.webp"), {
    problem: `decodes to 41,000,000 pixels (1000 × 1000 in 41 frames), expected at most ${MAX_PIXELS.toLocaleString("en")}`,
  });
});

test("a file must be what its extension says, and an image at all", async () => {
  const jpeg = await solid(10, 10).jpeg().toBuffer();
  assert.deepEqual(await readRasterHeader(jpeg, "shot.png"), {
    problem: "is a jpeg file, expected what its .png name says",
  });
  assert.deepEqual(await readRasterHeader(jpeg, "shot.JPG"), { width: 10, height: 10, frames: 1 });
  const avif = await solid(10, 10).avif().toBuffer();
  assert.deepEqual(await readRasterHeader(avif, "a.avif"), { width: 10, height: 10, frames: 1 });
  const garbage = await readRasterHeader(Buffer.from("not an image"), "a.png");
  assert.ok("problem" in garbage && /^is not a readable image \(/.test(garbage.problem), JSON.stringify(garbage));
  // An iPhone's HEIC renamed .avif: the container is HEIF, the pictures HEVC (sharp can't write one to read back).
  assert.equal(formatProblem("avif", { format: "heif", compression: "av1" }), undefined);
  assert.equal(
    formatProblem("avif", { format: "heif", compression: "hevc" }),
    "is a HEIF file of hevc pictures, expected AVIF (AV1): export it as AVIF, WebP or PNG",
  );
  assert.match(formatProblem("heic", { format: "heif", compression: "hevc" }) ?? "", /expected what its \.heic name/);
});
