import { splitFrontmatter } from "../content/frontmatter-block";
import { readYaml } from "../content/safe-yaml";
import { isRecord } from "./fields";

export type Frontmatter = {
  /** The parsed fields, or undefined when the block is missing, refused or is not a YAML mapping. */
  data: Record<string, unknown> | undefined;
  /** Line (1-based, in the whole file) where a field's key stands; the opening `---` when absent. */
  lineOf: (field: string) => number;
  errors: { line: number; message: string }[];
  /** True when the block hit a safety limit (lib/content/safe-yaml.ts) or asks for code to run. */
  refused: boolean;
  /** The text after the closing `---`, and that line; undefined when the block could not be found. */
  body: { text: string; line: number } | undefined;
};

/**
 * Reads a post's YAML frontmatter (text already read by lib/content/safe-text.ts) keeping line numbers,
 * which the generated collection does not have.
 */
export function readFrontmatter(source: string): Frontmatter {
  const block = splitFrontmatter(source);
  if (!("yaml" in block)) {
    const { line, message, refused } = block;
    return { data: undefined, lineOf: () => 1, errors: [{ line, message }], refused, body: undefined };
  }
  const body = { text: block.body, line: block.closeLine };
  const { value, errors, refused, lineOf } = readYaml(block.yaml, 2);
  const data = isRecord(value) ? value : undefined;
  if (!errors.length && !data) {
    errors.push({ line: 2, message: "is not a mapping of fields, expected `field: value` lines" });
  }
  return { data, lineOf: (field) => lineOf([field]) ?? 1, errors, refused, body };
}
