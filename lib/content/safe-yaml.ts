/**
 * The one reader of YAML that authors write (a post's frontmatter, content/authors/*.yml, content/tags.yml).
 * The text comes from outsiders, so it is sized and its nesting estimated before the parser sees it, and
 * aliases are refused: none of our fields needs more than three levels or repeats a value, and those are
 * the shapes that make YAML parsers recurse without end or expand a small file into gigabytes.
 */
import { isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type YAMLMap } from "yaml";

export const YAML_LIMITS = {
  /**
   * Bytes of YAML in one frontmatter block or data file: the largest today (tags.yml) is 1.2 KiB. At 64 KiB, ten
   * thousand one-line keys took the parser 0.5–1 s on a busy 2-core machine; at 16 KiB a hostile file fails fast.
   */
  bytes: 16 * 1024,
  /** Collections inside collections: a file's fields (1), a list such as tags (2), a tag's fields (3). */
  depth: 3,
} as const;

// The estimate before parsing: far above any real file, far below what makes the parser recurse for seconds.
const GUARD = { flow: 16, indent: 64 } as const;

export type YamlPath = readonly (string | number)[];
export type YamlError = { line: number; message: string };
export type ReadYaml = {
  /** The parsed value; undefined when there are errors. */
  value: unknown;
  errors: YamlError[];
  /** True when a limit was hit (size, nesting, aliases): the text is hostile or broken beyond one field. */
  refused: boolean;
  /** Line of a mapping's key or a list's item, in the file (see `firstLine`). */
  lineOf: (path: YamlPath) => number | undefined;
};

const QUOTE_AFTER_IN_FLOW = new Set(["[", "{", ",", ":"]);
const QUOTE_AFTER_IN_BLOCK = new Set(["-", "?", ":"]);

/**
 * The line where nesting certainly exceeds what a parser should be given, or undefined. A linear scan:
 * `[`/`{` depth outside quoted scalars (a quote counts as one only where YAML would start a scalar, and
 * ends with its line, so a stray quote makes the scan count more brackets, never fewer) and each line's
 * run of indentation and `- `/`? `/`: ` indicators. The exact depth is checked after parsing.
 */
function nestingGuardLine(text: string): number | undefined {
  let line = 1;
  let flow = 0;
  let quote: string | undefined;
  let lead: number | undefined = 0;
  let previous = "\n";
  let spaced = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index] ?? "";
    if (char === "\n") {
      line++;
      quote = undefined;
      lead = 0;
      previous = "\n";
      spaced = false;
      continue;
    }
    if (lead !== undefined) {
      if (char === " " || char === "-" || char === "?" || char === ":") {
        if (++lead > GUARD.indent) return line;
      } else lead = undefined;
    }
    if (quote) {
      if (quote === '"' && char === "\\") index++;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === " " || char === "\t") {
      spaced = true;
      continue;
    }
    if (char === "#" && (spaced || previous === "\n")) {
      const end = text.indexOf("\n", index);
      index = (end === -1 ? text.length : end) - 1;
      continue;
    }
    if (char === '"' || char === "'") {
      const startsScalar =
        previous === "\n" ||
        (flow > 0 ? QUOTE_AFTER_IN_FLOW.has(previous) : spaced && QUOTE_AFTER_IN_BLOCK.has(previous));
      if (startsScalar) quote = char;
    } else if (char === "[" || char === "{") {
      if (++flow > GUARD.flow) return line;
    } else if (char === "]" || char === "}") flow = Math.max(0, flow - 1);
    previous = char;
    spaced = false;
  }
  return undefined;
}

/** Keys given twice in one mapping, found in one pass (the parser's own check compares every pair of keys). */
function duplicateKeys(map: YAMLMap, lineAt: (offset: number) => number): YamlError[] {
  const seen = new Set<unknown>();
  const errors: YamlError[] = [];
  for (const { key } of map.items) {
    const name = isScalar(key) ? key.value : key;
    if (!seen.has(name)) seen.add(name);
    else if (isNode(key)) {
      const shown = isScalar(key) ? String(key.value) : "this key";
      errors.push({ line: lineAt(key.range?.[0] ?? 0), message: `${shown} is given twice, expected each key once` });
    }
  }
  return errors;
}

const tooDeep = `is nested more than ${YAML_LIMITS.depth} levels deep, expected fields of plain values and lists`;

/**
 * What makes YAML unsafe to hand to any parser, found without parsing (a linear scan): too many bytes, or
 * nesting deep enough to make a parser recurse. contentlayer's own parse is guarded by this alone
 * (vetted-copy.ts); its YAML library already refuses more than 100 alias expansions.
 */
export function yamlLimitProblem(text: string, firstLine = 1): YamlError | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > YAML_LIMITS.bytes) {
    const limit = `${YAML_LIMITS.bytes} (${YAML_LIMITS.bytes / 1024} KiB)`;
    return { line: firstLine, message: `is ${bytes} bytes, expected at most ${limit}` };
  }
  const guardLine = nestingGuardLine(text);
  return guardLine === undefined ? undefined : { line: guardLine + firstLine - 1, message: tooDeep };
}

/** Reads YAML text whose first line is line `firstLine` of its file (2 for frontmatter after its `---`). */
export function readYaml(text: string, firstLine = 1): ReadYaml {
  const limit = yamlLimitProblem(text, firstLine);
  if (limit) return { value: undefined, errors: [limit], refused: true, lineOf: () => undefined };

  const lineCounter = new LineCounter();
  // uniqueKeys off: duplicateKeys() does it in one pass.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const errors: YamlError[] = document.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `${error.message.split("\n")[0]}, expected valid YAML`,
  }));
  const limits: YamlError[] = [];
  visit(document, {
    Alias(_, node) {
      limits.push({
        line: lineAt(node.range?.[0] ?? 0),
        message: `*${node.source} is an alias, expected the value written out (aliases are not allowed)`,
      });
    },
    Collection(_, node, path) {
      if (isMap(node)) for (const error of duplicateKeys(node, lineAt)) errors.push(error);
      if (path.filter(isCollection).length < YAML_LIMITS.depth) return undefined;
      limits.push({ line: lineAt(node.range?.[0] ?? 0), message: tooDeep });
      return visit.SKIP;
    },
  });

  const lineOf = (path: YamlPath) => {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const last = path.at(-1);
    let node: unknown;
    if (isMap(parent)) node = parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last)?.key;
    else if (isSeq(parent) && typeof last === "number") node = parent.items[last];
    return isNode(node) && node.range ? lineAt(node.range[0]) : undefined;
  };
  if (errors.length || limits.length) {
    return { value: undefined, errors: [...errors, ...limits], refused: limits.length > 0, lineOf };
  }
  // 0: no alias is ever expanded, even if one slipped past the check above.
  const value: unknown = document.toJS({ maxAliasCount: 0 });
  return { value, errors, refused: false, lineOf };
}

