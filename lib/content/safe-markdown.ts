/**
 * What makes a post body unsafe to hand to any Markdown parser, found without parsing (safe-yaml.ts does the
 * same for YAML). micromark's time grows much faster than the nesting of lists, quotes, emphasis and links, and
 * an MDX expression is parsed again at each `}` it holds: a few kilobytes can keep a parser busy for minutes.
 * So a body is refused, before the content check, contentlayer or the page compile parse it, when one linear scan
 * of it finds more than the limits below. The scan over-counts rather than under-counts: it reads each line's
 * prefix (`>`, `-`, `*`, `+`, `1.`, indentation) and counts markup outside fenced code, and it takes a `{` for an
 * expression unless it is surely code (a fenced block, or an inline code span closed on its line).
 */

/** The limits, each far above what the journal's posts use and far below what makes a parser slow (docs/authoring.md). */
export const MARKDOWN_LIMITS = {
  /** Lines of Markdown, fenced code blocks aside: each block costs the parser more than a line of prose. */
  lines: 3000,
  /** Lists and block quotes nested on one line, estimated from its markers and indentation (two columns a level). */
  depth: 8,
  /** List items and block-quote markers (`>`) in the body. */
  containers: 2000,
  /** `[`: links, images, footnote references. */
  brackets: 1000,
  /** Characters of `*`, `_`, `~` and `` ` ``: emphasis, strikethrough and code spans. */
  delimiters: 2000,
  /** JSX and HTML tags, opening and closing. */
  tags: 1000,
  /** Elements open at once. */
  tagDepth: 16,
  /** `|`: table cells. */
  cells: 2000,
} as const;

type Limit = Exclude<keyof typeof MARKDOWN_LIMITS, "depth" | "tagDepth">;

const WHAT: Record<Limit, string> = {
  lines: "lines of Markdown outside fenced code blocks",
  containers: "list items and block-quote markers",
  brackets: "links, images and footnote references ([)",
  delimiters: "characters of emphasis and code (* _ ~ `)",
  tags: "JSX and HTML tags",
  cells: "table cells (|)",
};

export type MarkdownLimitProblem = { line: number; field: string; message: string };

type Fence = { quotes: number; column: number; char: string; length: number };
type Prefix = { quotes: number; markers: number; depth: number; indent: number; column: number; index: number };

const isSpace = (char: string | undefined) => char === " " || char === "\t" || char === undefined;

/**
 * A line's container prefix: block-quote and list markers, and the indentation that continues list items opened
 * on earlier lines (at the start of the line, or after a `>`), each at least two columns. The spaces after a list
 * marker belong to its item, which the marker counts already.
 */
function prefixOf(line: string): Prefix {
  let column = 0;
  let quotes = 0;
  let markers = 0;
  let indentation = 0;
  let pending = 0;
  let afterList = false;
  let index = 0;
  let indent = 0;
  for (;;) {
    const char = line[index];
    if (char === " " || char === "\t") {
      const width = char === "\t" ? 4 - (column % 4) : 1;
      column += width;
      indent += width;
      if (!afterList) pending += width;
      index++;
      continue;
    }
    let marker = 0;
    if (char === ">") marker = 1;
    else if ((char === "-" || char === "*" || char === "+") && isSpace(line[index + 1])) marker = 1;
    else {
      const ordered = /^\d{1,9}[.)]/.exec(line.slice(index, index + 11));
      if (ordered && isSpace(line[index + ordered[0].length])) marker = ordered[0].length;
    }
    if (marker === 0) break;
    indentation += pending;
    pending = 0;
    indent = 0;
    column += marker;
    index += marker;
    afterList = char !== ">";
    if (afterList) markers++;
    else {
      quotes++;
      // The one space a `>` may take is its own.
      if (line[index] === " ") {
        column++;
        index++;
      }
    }
  }
  return { quotes, markers, depth: quotes + markers + Math.floor(indentation / 2), indent, column, index };
}

const FENCE_OPENING = /^(`{3,})[^`]*$|^(~{3,})/;

/** Index of the run of exactly `length` backticks closing a code span opened before `from`, or -1. */
function codeSpanEnd(text: string, from: number, length: number): number {
  let index = from;
  while (index < text.length) {
    const char = text[index];
    // GFM splits a table row at `|` before it reads code spans: a span across one is not trusted.
    if (char === "|" && text[index - 1] !== "\\") return -1;
    if (char !== "`") {
      index++;
      continue;
    }
    let end = index;
    while (text[end] === "`") end++;
    if (end - index === length) return index;
    index = end;
  }
  return -1;
}

const braceMessage =
  "starts a JavaScript expression, which posts can't use, expected text: write \\{, or keep the code in an inline " +
  "code span closed on its line or in a fenced code block (```)";

/**
 * The problems that make `body` (text with "\n" line endings, its first line being line `firstLine` of its file)
 * unsafe to parse, at most one per limit; empty when it is safe.
 */
export function markdownLimitProblems(body: string, firstLine = 1): MarkdownLimitProblem[] {
  const counts: Record<Limit, number> = { lines: 0, containers: 0, brackets: 0, delimiters: 0, tags: 0, cells: 0 };
  const over = new Map<Limit, number>();
  const count = (limit: Limit, line: number, by = 1) => {
    counts[limit] += by;
    if (counts[limit] > MARKDOWN_LIMITS[limit] && !over.has(limit)) over.set(limit, line);
  };
  let fence: Fence | undefined;
  let tagDepth = 0;
  let deepestTag: { depth: number; line: number } | undefined;
  // Inside a JSX tag (and which quote, in an attribute's string); inside a link's `(…)`; after an unpaired backtick.
  let inTag = false;
  let tagQuote: string | undefined;
  let resource: { simple: boolean } | undefined;
  let uncertain = false;

  const lines = body.split("\n");
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const text = lines[lineIndex] ?? "";
    const line = firstLine + lineIndex;
    const prefix = prefixOf(text);
    const blank = prefix.index === text.length;
    if (fence) {
      const topLevel = fence.quotes === 0 && fence.column === 0;
      const continues =
        topLevel ||
        (prefix.markers === 0 && prefix.quotes === fence.quotes && (blank || prefix.column >= fence.column));
      if (continues) {
        const content = text.slice(topLevel ? 0 : prefix.index).trimStart();
        if (content.startsWith(fence.char.repeat(fence.length))) fence = undefined;
        continue;
      }
      fence = undefined;
    }
    count("lines", line);
    count("containers", line, prefix.quotes + prefix.markers);
    if (prefix.depth > MARKDOWN_LIMITS.depth) {
      const message = `nests lists and block quotes ${prefix.depth} levels deep (counting markers, and two columns of indentation as a level), expected at most ${MARKDOWN_LIMITS.depth}`;
      return [{ line, field: "body", message }];
    }
    // Inside a tag or a link's address, a line's `>` or `-` is no marker: the whole line is read.
    const content: string = inTag || resource ? text : text.slice(prefix.index);
    const opening = prefix.indent <= 3 && !inTag && !resource ? FENCE_OPENING.exec(content) : null;
    if (opening) {
      const run = opening[1] ?? opening[2] ?? "";
      fence = { quotes: prefix.quotes, column: prefix.column, char: run.charAt(0), length: run.length };
      uncertain = false;
      continue;
    }
    if (blank) {
      uncertain = false;
      resource = undefined;
    }

    for (let index = 0; index < content.length; index++) {
      const char = content[index] ?? "";
      // What costs the parser is counted whatever the scan takes the text for: a tag, a link's address or text.
      if (char === "[") count("brackets", line);
      else if (char === "|") count("cells", line);
      else if (char === "*" || char === "_" || char === "~") count("delimiters", line);
      else if (char === "<" && /[/>\p{L}]/u.test(content[index + 1] ?? "")) count("tags", line);
      if (inTag) {
        if (tagQuote) {
          if (char === tagQuote) tagQuote = undefined;
        } else if (char === '"' || char === "'") tagQuote = char;
        else if (char === "{") return [{ line, field: "{", message: braceMessage }];
        else if (char === ">") {
          inTag = false;
          if (content[index - 1] === "/") tagDepth = Math.max(0, tagDepth - 1);
        }
        continue;
      }
      if (resource) {
        if (char === "{") return [{ line, field: "{", message: braceMessage }];
        if (char === ")") {
          // A title or nested parentheses may end the link elsewhere than here: what follows is not trusted.
          if (!resource.simple) uncertain = true;
          resource = undefined;
        } else if (/[\s"'(<`]/.test(char)) resource.simple = false;
        continue;
      }
      switch (char) {
        case "\\":
          index++;
          break;
        case "{":
          return [{ line, field: "{", message: braceMessage }];
        case "]":
          if (content[index + 1] === "(") {
            resource = { simple: true };
            index++;
          }
          break;
        case "<": {
          const next: string = content[index + 1] ?? "";
          if (next !== "/" && next !== ">" && !/\p{L}/u.test(next)) break;
          inTag = next !== ">";
          // The parser's cost grows with the number of tags, which is bounded above; the depth keeps deep trees
          // from the renderers, and is counted the same in code the scan cannot tell apart.
          if (next === "/") tagDepth = Math.max(0, tagDepth - 1);
          else if (++tagDepth > (deepestTag?.depth ?? MARKDOWN_LIMITS.tagDepth)) deepestTag = { depth: tagDepth, line };
          break;
        }
        case "`": {
          let end = index;
          while (content[end] === "`") end++;
          const length = end - index;
          count("delimiters", line, length);
          const close = uncertain ? -1 : codeSpanEnd(content, end, length);
          if (close === -1) {
            uncertain = true;
            index = end - 1;
          } else {
            // The span's text is code: nothing in it is markup, but what it holds still counts.
            for (const inside of content.slice(end, close)) {
              if (inside === "[") count("brackets", line);
              else if (inside === "*" || inside === "_" || inside === "~") count("delimiters", line);
            }
            index = close + length - 1;
          }
          break;
        }
      }
    }
    // A link's address or a tag may go on over the next line; a code span never closes there for this scan.
    if (resource) resource.simple = false;
  }

  const problems: MarkdownLimitProblem[] = [];
  for (const [limit, line] of over) {
    const message = `has ${counts[limit]} ${WHAT[limit]}, expected at most ${MARKDOWN_LIMITS[limit]} in a post (the first one over the limit is on this line)`;
    problems.push({ line, field: "body", message });
  }
  if (deepestTag) {
    const message = `nests JSX and HTML elements ${deepestTag.depth} deep here, expected at most ${MARKDOWN_LIMITS.tagDepth}`;
    problems.push({ line: deepestTag.line, field: "body", message });
  }
  return problems.sort((a, b) => a.line - b.line);
}
