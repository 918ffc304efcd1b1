import { existsSync } from "node:fs";
import path from "node:path";
import { getImageProps } from "next/image";
import { localPath } from "@/lib/site";
import { readFigureProps, type FigureSpec } from "./figure-props";

export type FigureProps = { src: string; alt: string; width: string; height: string; caption?: string };

/** The post column is at most 48rem wide, less its padding. */
const SIZES = "(min-width: 48rem) 45rem, 100vw";

export const inPublic = (src: string) => existsSync(path.join(process.cwd(), "public", src));

/** An image from public/posts/<slug>/ with an optional caption; props are checked at build time. */
export function Figure(props: FigureProps) {
  return <FigureView {...readFigureProps(props, inPublic)} />;
}

/**
 * getImageProps rather than <Image>: the same optimised srcset, lazy loading and reserved size, without
 * shipping <Image>'s client component to the page.
 */
export function FigureView({ src, alt, width, height, caption }: FigureSpec) {
  // Next adds the base path to its own image URLs but not to a public file's path: this does.
  const { props: image } = getImageProps({ src: localPath(src), alt, width, height, sizes: SIZES });
  return (
    <figure className="my-8">
      {/* eslint-disable-next-line @next/next/no-img-element -- the props come from next/image, see above */}
      <img {...image} alt={alt} className="mx-auto h-auto max-w-full rounded-lg border border-line" />
      {caption && <figcaption className="mt-2 text-center text-sm text-muted">{caption}</figcaption>}
    </figure>
  );
}
