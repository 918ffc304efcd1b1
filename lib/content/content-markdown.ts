/**
 * contentlayer's markdown step (contentlayer.config.ts) and the reading of what it leaves in `body.html`
 * (lib/content/schema.ts). Kept apart from ./mdx-source.ts, which the page compile also imports: how words are
 * counted is no part of a compiled body, so changing it must not make every cached body stale.
 */
import type { Root } from "mdast";
import type { Processor } from "unified";
import { mdxSyntax, plainText, rejectDroppedConstructs } from "./mdx-source";
import { readingTime } from "./reading-time";

function isRoot(node: { type: string }): node is Root {
  return node.type === "root";
}

/**
 * contentlayer's markdown step, reduced to one parse: it checks the body and emits the number of words a reader
 * reads (so `body.html` holds a count such as "812", not HTML: read it with wordCountOf). The body is compiled
 * once, by lib/render/mdx.tsx, at render. Emitting the plain text instead made the generated collection twice
 * the size, loaded by every build process, for one number (docs/performance.md).
 */
export function mdxSourceStep(builder: Processor, { reject = true }: { reject?: boolean } = {}): void {
  builder.use(mdxSyntax);
  // A throw here fails contentlayer's whole generation, not one document: `npm run dev` passes reject: false,
  // so the journal keeps running while its banner lists the problem, and the post's page refuses to compile
  // (lib/render/mdx.tsx runs the same rules), showing the message there.
  if (reject) builder.use(rejectDroppedConstructs);
  builder.use(function emitWordCount() {
    this.compiler = (tree) => (isRoot(tree) ? String(readingTime(plainText(tree)).words) : "");
  });
}

/** The word count mdxSourceStep left in a post's `body.html`; anything else (a stale collection) is an error. */
export function wordCountOf(bodyHtml: string, file: string): number {
  if (!/^\d+$/.test(bodyHtml)) {
    throw new Error(`${file}: body: the generated collection holds no word count, expected it regenerated (npm run content)`);
  }
  return Number(bodyHtml);
}
