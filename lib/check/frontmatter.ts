import { LineCounter, parseDocument, isMap, isScalar } from "yaml";

export type Frontmatter = {
  /** The parsed fields, or undefined when the block is missing or is not a YAML mapping. */
  data: Record<string, unknown> | undefined;
  /** Line (1-based, in the whole file) where a field's key stands; the opening `---` when absent. */
  lineOf: (field: string) => number;
  errors: { line: number; message: string }[];
};

const BLOCK = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** Reads a post's YAML frontmatter keeping line numbers, which the generated collection does not have. */
export function readFrontmatter(source: string): Frontmatter {
  const block = BLOCK.exec(source);
  if (!block) {
    return {
      data: undefined,
      lineOf: () => 1,
      errors: [{ line: 1, message: "no frontmatter, expected the file to start with a --- YAML block ---" }],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(block[1] ?? "", { lineCounter, prettyErrors: false, uniqueKeys: true });
  // +1 for the opening "---" line.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const errors = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `${error.message.split("\n")[0]}, expected valid YAML`,
  }));
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineAt(pair.key.range[0]));
    }
  }
  const value: unknown = errors.length ? undefined : document.toJS();
  const data = isRecord(value) ? value : undefined;
  if (!errors.length && !data)
    errors.push({ line: 2, message: "is not a mapping of fields, expected `field: value` lines" });
  return { data, lineOf: (field) => keyLines.get(field) ?? 1, errors };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
