import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { before, describe, test } from "node:test";
import sharp from "sharp";
import { CACHE_ENV } from "../cache/store";
import { runImageStep } from "./image-step";
import { MANIFEST_FILE, type MediaManifest } from "./manifest";

const root = mkdtempSync(path.join(tmpdir(), "image-step-"));
const content = path.join(root, "content");
const folder = path.join(content, "posts/demo");
const media = path.join(root, "public/_media");
mkdirSync(folder, { recursive: true });
const scope =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="200" height="100" fill="#eef"/></svg>';
const frame = (red: number) =>
  sharp({ create: { width: 120, height: 80, channels: 3, background: { r: red, g: 40, b: 40 } } })
    .png()
    .toBuffer();

/** The post folder: four images within the rules, a hostile SVG and an image past the pixel limit. */
async function writeImages() {
  writeFileSync(path.join(folder, "index.mdx"), "");
  writeFileSync(
    path.join(folder, "shot.png"),
    await sharp({ create: { width: 600, height: 400, channels: 3, background: "#2563eb" } })
      .png()
      .toBuffer(),
  );
  writeFileSync(
    path.join(folder, "logo.png"),
    await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } })
      .png()
      .toBuffer(),
  );
  writeFileSync(
    path.join(folder, "spin.gif"),
    await sharp(await Promise.all([frame(0), frame(120), frame(240)]), { join: { animated: true } })
      .gif()
      .toBuffer(),
  );
  writeFileSync(path.join(folder, "scope.svg"), scope);
  writeFileSync(path.join(folder, "hostile.svg"), scope.replace("<rect", '<rect onload="alert(1)"'));
  writeFileSync(
    path.join(folder, "huge.png"),
    await sharp({ create: { width: 8000, height: 6000, channels: 3, background: "#fff" } })
      .png({ palette: true })
      .toBuffer(),
  );
}

const manifestOf = () => JSON.parse(readFileSync(path.join(root, MANIFEST_FILE), "utf8")) as MediaManifest;
const entry = (name: string) => {
  const found = manifestOf().files[`posts/demo/${name}`];
  assert.ok(found, `no entry for ${name}`);
  return found;
};
const widths = (variants: readonly { width: number }[]) => variants.map((variant) => variant.width);

describe("the image step", () => {
  let first: Awaited<ReturnType<typeof runImageStep>>;
  before(async () => {
    await writeImages();
    first = await runImageStep(root, content, "v1");
  });

  test("refuses what breaks the rules, naming file, line and limit, and makes the rest", () => {
    assert.deepEqual(first.problems, [
      "content/posts/demo/hostile.svg:1: <rect onload>: event handlers are refused, expected a drawing without script",
      "content/posts/demo/huge.png: image: decodes to 48,000,000 pixels (8000 × 6000), expected at most 40,000,000",
    ]);
    assert.deepEqual({ images: first.images, made: first.made }, { images: 4, made: 4 });
    assert.deepEqual(Object.keys(manifestOf().files).sort(), [
      "posts/demo/logo.png",
      "posts/demo/scope.svg",
      "posts/demo/shot.png",
      "posts/demo/spin.gif",
    ]);
  });

  test("an opaque picture: AVIF, WebP and JPEG up to its own width, never enlarged, with a placeholder", () => {
    const shot = entry("shot.png");
    assert.deepEqual(
      [...shot.sources, shot.fallback].map((source) => [source.type, widths(source.variants)]),
      [
        ["image/avif", [480, 600]],
        ["image/webp", [480, 600]],
        ["image/jpeg", [480, 600]],
      ],
    );
    assert.deepEqual([shot.width, shot.height, shot.kind], [600, 400, "picture"]);
    assert.match(shot.placeholder ?? "", /^data:image\/webp;base64,/);
    assert.ok((shot.placeholder ?? "").length < 400, `placeholder of ${shot.placeholder?.length} characters`);
  });

  test("the files are what their names say, at the widths listed", async () => {
    for (const [name, format, width] of [
      [`${entry("shot.png").hash}-480.avif`, "heif", 480],
      [`${entry("shot.png").hash}-600.webp`, "webp", 600],
      [`${entry("shot.png").hash}-480.jpg`, "jpeg", 480],
      [`${entry("logo.png").hash}-300.png`, "png", 300],
    ] as const) {
      const metadata = await sharp(readFileSync(path.join(media, name))).metadata();
      assert.deepEqual([metadata.format, metadata.width], [format, width], name);
    }
  });

  test("transparency keeps a PNG fallback and no placeholder (it would show through)", () => {
    const logo = entry("logo.png");
    assert.deepEqual(
      [logo.fallback.type, widths(logo.fallback.variants), logo.placeholder],
      ["image/png", [300], undefined],
    );
  });

  test("an animation stays animated: WebP and GIF, every frame kept", async () => {
    const spin = entry("spin.gif");
    assert.equal(spin.kind, "animation");
    assert.deepEqual(
      spin.sources.map((source) => source.type),
      ["image/webp"],
    );
    assert.equal(spin.fallback.type, "image/gif");
    for (const variant of [...(spin.sources[0]?.variants ?? []), ...spin.fallback.variants]) {
      const metadata = await sharp(readFileSync(path.join(media, variant.file))).metadata();
      assert.equal(metadata.pages, 3, variant.file);
    }
  });

  test("an SVG that passed its rules is served byte for byte", () => {
    const drawing = entry("scope.svg");
    assert.deepEqual([drawing.kind, drawing.width, drawing.height], ["drawing", 200, 100]);
    const file = drawing.fallback.variants[0]?.file ?? "";
    assert.equal(readFileSync(path.join(media, file), "utf8"), scope);
  });

  test("a second run makes nothing; a removed image's files go", async () => {
    const again = await runImageStep(root, content, "v1");
    assert.equal(again.made, 0);
    const shotFiles = readdirSync(media).filter((name) => name.startsWith(entry("shot.png").hash));
    assert.equal(shotFiles.length, 6);
    rmSync(path.join(folder, "shot.png"));
    await runImageStep(root, content, "v1");
    assert.deepEqual(
      readdirSync(media).filter((name) => shotFiles.includes(name)),
      [],
    );
  });

  test("another version of the code makes every image again, under other names", async () => {
    const before = entry("logo.png").hash;
    const result = await runImageStep(root, content, "v2");
    assert.equal(result.made, 3);
    assert.notEqual(entry("logo.png").hash, before);
  });

  test("with the build cache, a fresh checkout makes nothing it made before", async () => {
    process.env[CACHE_ENV] = JSON.stringify({ dir: path.join(root, "cache"), versions: { media: "m1" } });
    try {
      await runImageStep(root, content, "v2");
      rmSync(media, { recursive: true });
      rmSync(path.join(root, MANIFEST_FILE));
      const fresh = await runImageStep(root, content, "v2");
      assert.deepEqual({ images: fresh.images, made: fresh.made }, { images: 3, made: 0 });
      const logo = entry("logo.png");
      assert.deepEqual(
        readdirSync(media).filter((name) => name.startsWith(logo.hash)),
        [`${logo.hash}-300.avif`, `${logo.hash}-300.png`, `${logo.hash}-300.webp`],
      );
    } finally {
      delete process.env[CACHE_ENV];
    }
  });
});
