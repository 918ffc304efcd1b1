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

/** What the markdown step leaves in `body.html`: the words a reader reads, and the line of the file `body.raw` starts on. */
export type BodyFacts = { words: number; bodyLine: number };

function factsOf(tree: Root): BodyFacts {
  const frontmatter = tree.children.find((node) => node.type === "yaml");
  return { words: readingTime(plainText(tree)).words, bodyLine: (frontmatter?.position?.end.line ?? 0) + 1 };
}

/**
 * contentlayer's markdown step, reduced to one parse: it checks the body and emits two numbers (so `body.html`
 * holds `{"words":812,"bodyLine":9}`, not HTML: read it with bodyFactsOf): the words a reader reads, and where the
 * body starts in its file, so that a compile of `body.raw` names the lines its author sees. The body is compiled
 * once, by lib/render/mdx.tsx, at render. Emitting the plain text instead made the generated collection twice
 * the size, loaded by every build process, for two numbers (docs/performance.md).
 */
export function mdxSourceStep(builder: Processor, { reject = true }: { reject?: boolean } = {}): void {
  builder.use(mdxSyntax);
  // A throw here fails contentlayer's whole generation, not one document: `npm run dev` passes reject: false,
  // so the journal keeps running while its banner lists the problem, and the post's page refuses to compile
  // (lib/render/mdx.tsx runs the same rules), showing the message there.
  if (reject) builder.use(rejectDroppedConstructs);
  builder.use(function emitBodyFacts() {
    this.compiler = (tree) => (isRoot(tree) ? JSON.stringify(factsOf(tree)) : "");
  });
}

/** What mdxSourceStep left in a post's `body.html`; anything else (a stale collection) is an error. */
export function bodyFactsOf(bodyHtml: string, file: string): BodyFacts {
  const match = /^\{"words":(\d+),"bodyLine":(\d+)\}$/.exec(bodyHtml);
  if (!match) {
    throw new Error(`${file}: body: the generated collection holds no word count, expected it regenerated (npm run content)`);
  }
  return { words: Number(match[1]), bodyLine: Number(match[2]) };
}
