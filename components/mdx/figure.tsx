import type { CSSProperties } from "react";
import { journalContentDir, resolvePostFile } from "@/lib/content/post-files";
import type { Props } from "@/lib/diagrams/props";
import { fullSize, mediaEntry, mediaPath, plainImage, type MediaEntry, type MediaSource } from "@/lib/media/manifest";
import { localPath } from "@/lib/site";
import { readFigureProps } from "./figure-props";

/**
 * What the journal adds to an author's props: the post the figure is in (bound by components/mdx/index.tsx) and,
 * on a post's first figure, `priority` (set by the compile, lib/render/figures.ts). Authors can write neither.
 */
export type FigureContext = { post?: string | undefined; priority?: string | undefined };

/** The reading column (app/posts/[slug]/page.tsx, app/layout.tsx): 70ch of the body text, at most 720 px. */
const COLUMN = [
  [1024, 720],
  [755, 707],
] as const;

/** `sizes` for an image `width` pixels wide: the column's width at each breakpoint, never more than the image's own. */
export function sizesFor(width: number): string {
  const fixed = COLUMN.map(([viewport, column]) => `(min-width: ${viewport}px) ${Math.min(column, width)}px`);
  return [...fixed, "(min-width: 640px) calc(100vw - 48px)", "calc(100vw - 32px)"].join(", ");
}

const srcSet = (source: MediaSource) =>
  source.variants.map((variant) => `${localPath(mediaPath(variant.file))} ${variant.width}w`).join(", ");

type Loading = { priority: boolean; lazy: boolean };

/** One picture of a figure, linked to its full-size file: a plain link without JavaScript, a dialog with it. */
function FigurePicture({
  entry,
  alt,
  loading,
  theme,
}: {
  entry: MediaEntry;
  alt: string;
  loading: Loading;
  theme?: string;
}) {
  const sizes = sizesFor(entry.width);
  const drawing = entry.kind === "drawing";
  // A background of a few hundred bytes until the picture arrives; the picture covers it (opaque pictures only).
  const placeholder: CSSProperties | undefined = entry.placeholder
    ? { backgroundImage: `url(${entry.placeholder})`, backgroundSize: "cover" }
    : undefined;
  return (
    <a
      href={localPath(mediaPath(fullSize(entry).file))}
      data-figure-zoom=""
      data-figure-theme={theme}
      className="block"
    >
      <picture>
        {entry.sources.map((source) => (
          <source key={source.type} type={source.type} srcSet={srcSet(source)} sizes={sizes} />
        ))}
        {/* The variants are the image step's (lib/media/), not next/image's. */}
        <img
          src={localPath(mediaPath(plainImage(entry).file))}
          srcSet={drawing ? undefined : srcSet(entry.fallback)}
          sizes={drawing ? undefined : sizes}
          width={entry.width}
          height={entry.height}
          alt={alt}
          loading={loading.lazy ? "lazy" : undefined}
          decoding={loading.priority ? undefined : "async"}
          fetchPriority={loading.priority ? "high" : undefined}
          style={placeholder}
          className="mx-auto h-auto max-w-full rounded-lg border border-line"
        />
      </picture>
      <span className="sr-only" data-pagefind-ignore="">
        {" "}
        (full size)
      </span>
    </a>
  );
}

export type ResolvedFigure = {
  alt: string;
  caption?: string | undefined;
  light: MediaEntry;
  dark?: MediaEntry | undefined;
};

/** A figure's props checked and its files found: against the post's folder, then in the image step's manifest. */
export function resolveFigure(props: Props & FigureContext): ResolvedFigure {
  const { post, ...rest } = props;
  const spec = readFigureProps(Object.fromEntries(Object.entries(rest).filter(([name]) => name !== "priority")));
  if (!post) throw new Error(`<Figure src="${spec.src}">: rendered outside a post, expected the post's source file`);
  const entryOf = (reference: string) => {
    const resolved = resolvePostFile(journalContentDir(), post, reference, "image");
    if ("problem" in resolved) throw new Error(`<Figure src="${spec.src}"> in ${post}: ${resolved.problem}`);
    return mediaEntry(resolved.path);
  };
  return {
    alt: spec.alt,
    caption: spec.caption,
    light: entryOf(spec.src),
    dark: spec.dark === undefined ? undefined : entryOf(spec.dark),
  };
}

/**
 * An image of the post with an optional caption, served as the image step made it: AVIF and WebP at the widths
 * the reading column needs, a fallback, its size reserved and a placeholder shown until it loads. The first figure
 * of a post loads at once and first; the others when the reader nears them. A dark variant is shown instead in
 * the dark theme: both are lazy, so the hidden one (display: none) is never fetched.
 */
export function Figure(props: Props & FigureContext) {
  const { alt, caption, light, dark } = resolveFigure(props);
  const priority = props.priority === "true";
  const loading = { priority, lazy: dark !== undefined || !priority };
  return (
    <figure className="my-8" data-figure="">
      <FigurePicture entry={light} alt={alt} loading={loading} theme={dark && "light"} />
      {dark && <FigurePicture entry={dark} alt={alt} loading={loading} theme="dark" />}
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
