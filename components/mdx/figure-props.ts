import { mdxComponentProps } from "@/lib/content/mdx-components";
import { readProps, type Props } from "@/lib/diagrams/props";

export type FigureSpec = { src: string; alt: string; width: number; height: number; caption?: string };

const POST_IMAGE = /^\/posts\/[a-z0-9-]+\/(?:[\w-]+\/)*[\w.-]+\.(?:avif|gif|jpe?g|png|svg|webp)$/;
const SRC_EXPECTED = "a path under /posts/<slug>/ in public/, ending in .png, .jpg, .webp, .avif, .gif or .svg";

/**
 * Checks a <Figure>'s props. Width and height are required so the browser reserves the image's room
 * before it loads (no layout shift); `exists` tells whether a path under public/ is a file, so a
 * misspelt image fails the build instead of showing a broken one.
 */
export function readFigureProps(props: Props, exists: (publicPath: string) => boolean): FigureSpec {
  const read = readProps("Figure", props, mdxComponentProps.Figure, { shown: ["src"] });
  const src = read.text("src");
  if (!POST_IMAGE.test(src) || src.split("/").includes("..")) throw read.fail("src", SRC_EXPECTED);
  if (!exists(src))
    throw read.fail("src", "an image that exists in public/", `${JSON.stringify(src)}, which is not there`);
  return {
    src,
    alt: read.text("alt"),
    width: read.pixels("width"),
    height: read.pixels("height"),
    caption: read.optionalText("caption"),
  };
}
