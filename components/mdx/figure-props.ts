import { mdxComponentProps } from "@/lib/content/mdx-components";
import { postFileReferenceProblem } from "@/lib/content/post-files";
import { readProps, type Props } from "@/lib/diagrams/props";

/** A figure as its author wrote it: files named relative to the post (`./dashboard.png`). */
export type FigureSpec = { src: string; alt: string; caption?: string | undefined; dark?: string | undefined };

/**
 * Checks a <Figure>'s props (Markdown's `![alt](./x.png "caption")` arrives as the same props). Sizes are never
 * written: they are read from the file. Where the files are, and that they exist, is checked when the figure is
 * resolved against its post (figure.tsx).
 */
export function readFigureProps(props: Props): FigureSpec {
  const read = readProps("Figure", props, mdxComponentProps.Figure, { shown: ["src"] });
  const file = (name: string, value: string) => {
    const problem = postFileReferenceProblem(value, "image");
    if (problem) throw read.fail(name, "an image beside the post, e.g. ./dashboard.png", problem);
    return value;
  };
  const dark = read.optionalText("dark");
  return {
    src: file("src", read.text("src")),
    alt: read.text("alt"),
    caption: read.optionalText("caption"),
    dark: dark === undefined ? undefined : file("dark", dark),
  };
}
