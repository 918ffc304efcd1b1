/**
 * What a post body may contain, as allow-lists: a post arrives in a pull request, possibly from outside
 * the team, and is prerendered on the journal's own origin. Anything not listed here is refused, by the
 * content check (with a line number) and again where the body is compiled for the page and the feeds
 * (lib/render/mdx.tsx), so a build that skipped the check still refuses to ship it. One rule set, two callers.
 */
import type { Nodes, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { domainToUnicode } from "node:url";
import { visit } from "unist-util-visit";
import { site } from "../site";
import { mdxComponentNames, mdxComponentProps, mdxComponentResources, type MdxComponentName } from "./mdx-components";
import { postFileReferenceProblem, type PostFileKind } from "./post-files";
import { didYouMean } from "./suggest";

export type BodyProblem = { line: number | undefined; construct: string; message: string };

type AttributeRule = "text" | "flag" | "link" | RegExp;

// Attributes any allowed HTML element may carry. No `id` (headings get theirs from their text, and an id
// could take over one of the page's own), no `class` or `style` (a post could restyle the page around it,
// e.g. draw a fake sign-in box over it), no event handlers.
const GLOBAL_ATTRIBUTES: Record<string, AttributeRule> = {
  title: "text",
  lang: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  dir: /^(?:ltr|rtl|auto)$/,
};

// Harmless inline and block elements Markdown has no syntax for, and what each adds to the global ones.
// Everything Markdown writes itself (paragraphs, lists, tables, code, images, links) comes from Markdown.
const ELEMENTS: Record<string, Record<string, AttributeRule>> = {
  a: { href: "link" },
  abbr: {},
  b: {},
  br: {},
  cite: {},
  code: {},
  dd: {},
  del: {},
  details: { open: "flag" },
  dfn: {},
  dl: {},
  dt: {},
  em: {},
  figcaption: {},
  figure: {},
  i: {},
  ins: {},
  kbd: {},
  mark: {},
  q: {},
  s: {},
  samp: {},
  small: {},
  span: {},
  strong: {},
  sub: {},
  summary: {},
  sup: {},
  time: { dateTime: /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})?)?$/ },
  u: {},
  var: {},
  wbr: {},
};

export const allowedElements: readonly string[] = Object.keys(ELEMENTS);

const LINK_SCHEMES = ["https:", "http:", "mailto:"];
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
// Browsers drop tabs and newlines inside a URL and treat "\" like "/", so "java\tscript:" or "/\evil.example"
// would not be what they look like: such characters are refused outright.
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;

const LINK_EXPECTED = "expected an https:, http: or mailto: address, a site-relative path (/posts/…) or a #anchor";
/** The address as a browser reads it, relative ones against the journal's own; undefined when it is not one. */
function parsedUrl(url: string): URL | undefined {
  try {
    return new URL(url, site.url);
  } catch {
    return undefined;
  }
}

/** `text` with its %-escapes decoded, or undefined when one of them is not the escape of UTF-8 text. */
export function decodedEscapes(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** Why a link target is refused, or undefined when it is safe to follow. */
export function linkProblem(url: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(url)) return `${JSON.stringify(url)} has a space, control character or backslash, ${LINK_EXPECTED} (write a space as %20)`;
  if (url.startsWith("//")) return `${JSON.stringify(url)} is protocol-relative (another host), ${LINK_EXPECTED}`;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme !== undefined && !LINK_SCHEMES.includes(`${scheme.toLowerCase()}:`)) {
    return `${JSON.stringify(url)}: "${scheme}:" addresses are refused, ${LINK_EXPECTED}`;
  }
  // `https://paypal.com@evil.example` goes to evil.example: a user name makes one address look like another.
  const parsed = parsedUrl(url);
  if (parsed && (parsed.username || parsed.password) && parsed.protocol !== "mailto:") {
    return `${JSON.stringify(url)} has a user name before "@", which makes it look like an address of ${JSON.stringify(parsed.username)}, ${LINK_EXPECTED} (without "user@")`;
  }
  if (decodedEscapes(url) === undefined) {
    return `${JSON.stringify(url)} has a "%" that does not escape UTF-8 text, ${LINK_EXPECTED} (write "%" itself as %25)`;
  }
  return undefined;
}

// What in a link's visible text is an address: the whole text as a URL, a domain (with a path or not) or an
// e-mail address; or, inside longer text, any URL with a scheme or a www. host.
const TEXT_URL = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
const TEXT_DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:\p{L}{2,}|xn--[a-z0-9-]+)\.?(?::\d+)?(?:[/?#]\S*)?$/iu;
const TEXT_EMAIL = /^[^\s@<>()/:]+@[^\s@<>()/:]+$/u;
// A name such as `Node.js` or `README.md` ends like a domain: read as a file or a product, not as an address.
const FILE_EXTENSION =
  /\.(?:c|cjs|cpp|css|csv|env|go|h|html|java|js|json|jsx|kt|lock|md|mdx|mjs|php|py|rb|rs|sh|sql|swift|toml|ts|tsx|txt|yaml|yml)$/i;
const URLS_IN_TEXT = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>()]+/giu;

/** The addresses a link's visible text shows, each as a URL to parse. */
function addressesShown(text: string): string[] {
  const whole = text.trim().replace(/[.,;:!?]+$/, "");
  const email = TEXT_EMAIL.exec(whole);
  if (email) return [`mailto:${whole}`];
  if (TEXT_URL.test(whole)) return [whole];
  if (TEXT_DOMAIN.test(whole) && !FILE_EXTENSION.test(whole)) return [`https://${whole}`];
  return [...text.matchAll(URLS_IN_TEXT)].map(([url]) => (/^www\./i.test(url) ? `https://${url}` : url));
}

/** The host an address goes to, compared as a reader would: case, a trailing dot and a leading www. aside. */
function hostOf(url: URL): string {
  const host = url.protocol === "mailto:" ? (url.pathname.split("@").at(-1) ?? "") : url.hostname;
  return (decodedEscapes(host) ?? host).toLowerCase().replace(/\.$/, "").replace(/^www\./, "");
}

/**
 * Why a link's visible text misleads about where it goes, or undefined. `postText` is the post's whole text:
 * an internationalised domain (xn--…, or any letter outside ASCII) is followed only where the post shows it.
 */
function linkTextProblem(text: string, url: string, postText: () => string): string | undefined {
  const target = parsedUrl(url);
  if (!target) return undefined;
  const goesTo = hostOf(target);
  for (const address of addressesShown(text)) {
    const shown = parsedUrl(address);
    if (!shown) continue;
    if (shown.username || shown.password) {
      return `the text ${JSON.stringify(text)} shows an address with a user name before "@", which hides its real host, expected the address as it is`;
    }
    if (hostOf(shown) !== goesTo) {
      return `the text ${JSON.stringify(text)} shows ${hostOf(shown)} but the link goes to ${goesTo || url}, expected the text to name where the link goes, or words that are not an address ([PayPal's guide](…)); a file name is code: [\`README.md\`](…)`;
    }
  }
  if (goesTo.split(".").some((label) => label.startsWith("xn--"))) {
    const unicode = domainToUnicode(goesTo);
    const shows = (haystack: string) => [goesTo, unicode].some((name) => haystack.toLowerCase().includes(name));
    if (!shows(text) && !shows(postText())) {
      return `goes to ${goesTo} (${unicode}), an internationalised domain the post does not show, expected the link's text (or the post) to name that domain as written`;
    }
  }
  return undefined;
}

/** The visible text of a link: its text, without inline code (a name in code is not read as an address). */
function visibleText(node: Nodes): string {
  const parts: string[] = [];
  visit(node, "text", (text) => {
    parts.push(text.value);
  });
  return parts.join("");
}


/**
 * Why a file the page would load (an image, a chart's data) is refused, or undefined when it is one of the post's
 * own, beside it in its folder (lib/content/post-files.ts: where it is, and that it exists, is the check's).
 */
export function resourceProblem(url: string, kind: PostFileKind = "image"): string | undefined {
  const problem = postFileReferenceProblem(url, kind);
  // A third-party file tells its host who reads the post, and can change or vanish.
  return problem && SCHEME.test(url) ? `${problem} (a file of another site is refused)` : problem;
}

const resourcesOf = (component: MdxComponentName) => mdxComponentResources[component] ?? {};
// Own keys only: attribute names come from the post (`constructor` is not a file attribute).
const resourceKind = (component: MdxComponentName | undefined, attribute: string) =>
  component && Object.hasOwn(resourcesOf(component), attribute) ? resourcesOf(component)[attribute] : undefined;

// The shape of remark-mdx's JSX attributes; a value that is an object is an expression.
type JsxAttribute = { type: "mdxJsxAttribute"; name: string; value?: unknown } | { type: "mdxJsxExpressionAttribute" };

function attributeProblem(tag: string, attribute: { name: string; value?: unknown }, rule: AttributeRule | undefined, expected: string) {
  const { name, value } = attribute;
  if (rule === undefined) return `attribute "${name}" is not allowed on <${tag}>, expected one of ${expected}`;
  if (value === null || value === undefined) {
    return rule === "flag" ? undefined : `attribute "${name}" needs a value, expected ${name}="…"`;
  }
  if (typeof value !== "string") return undefined; // expressions are refused with their own message
  if (rule === "link") return linkProblem(value);
  if (rule instanceof RegExp && !rule.test(value)) return `${JSON.stringify(value)} is not a valid ${name}`;
  return undefined;
}

function elementProblems(name: string, attributes: readonly JsxAttribute[]): { construct: string; message: string }[] {
  const component = mdxComponentNames.find((known) => known === name);
  const rules: Record<string, AttributeRule> | undefined = component
    ? Object.fromEntries(
        mdxComponentProps[component].map((prop): [string, AttributeRule] => [
          prop,
          resourceKind(component, prop) ? "link" : "text",
        ]),
      )
    : Object.hasOwn(ELEMENTS, name)
      ? { ...GLOBAL_ATTRIBUTES, ...ELEMENTS[name] }
      : undefined;
  if (!rules) {
    return [
      {
        construct: `<${name}>`,
        message: `element not allowed in posts, expected one of the journal's components (${mdxComponentNames.join(", ")}) or ${allowedElements.join(", ")}`,
      },
    ];
  }
  const expected = Object.keys(rules).join(", ") || "none";
  return attributes.flatMap((attribute) => {
    if (attribute.type !== "mdxJsxAttribute") return []; // `{...spread}`: refused as an expression
    const construct = `<${name} ${attribute.name}>`;
    const kind = resourceKind(component, attribute.name);
    if (kind) {
      const problem = typeof attribute.value === "string" ? resourceProblem(attribute.value, kind) : undefined;
      return problem ? [{ construct, message: problem }] : [];
    }
    // Own keys only: an attribute named `constructor` is unknown, not Object's.
    const rule = Object.hasOwn(rules, attribute.name) ? rules[attribute.name] : undefined;
    const problem = attributeProblem(name, attribute, rule, expected);
    return problem ? [{ construct, message: problem }] : [];
  });
}

const CODE_META_EXPECTED = 'expected a title and lines to mark, such as ```ts title="authorize.ts" {1,3-5}';
const CODE_META_TOKEN = /\s*(?:title="([^"\n]{1,200})"|\{([^}\n]{1,200})\})\s*/y;

/**
 * Why a fenced block's words after its language are refused, if they are: only a title and the block's own line
 * numbers, so the highlighter never expands a range the block does not have.
 */
export function codeMetaProblem(meta: string, lines: number): string | undefined {
  CODE_META_TOKEN.lastIndex = 0;
  while (CODE_META_TOKEN.lastIndex < meta.length) {
    const match = CODE_META_TOKEN.exec(meta);
    if (!match) return `${JSON.stringify(meta)} is not a title or line numbers, ${CODE_META_EXPECTED}`;
    const ranges = match[2] === undefined ? [] : match[2].split(",");
    for (const range of ranges) {
      const [, from, to = from] = /^\s*(\d{1,6})(?:-(\d{1,6}))?\s*$/.exec(range) ?? [];
      if (!from || Number(from) < 1 || Number(to) < Number(from) || Number(to) > lines) {
        return `{${match[2]}} marks lines the block does not have (it has ${lines}), ${CODE_META_EXPECTED}`;
      }
    }
  }
  return undefined;
}

/**
 * The languages a code block may be highlighted as (its fence's first word, or `code{:lang}` inline): what an
 * engineering post about payments shows, each a grammar of shiki's. Another word is a typo, or a grammar nobody
 * reviewed running over the post's text.
 */
export const CODE_LANGUAGES = [
  "text", "plaintext", "txt", "ts", "typescript", "tsx", "js", "javascript", "jsx", "json", "jsonc", "yaml", "yml",
  "bash", "sh", "shell", "shellsession", "powershell", "sql", "go", "python", "py", "java", "kotlin", "swift", "ruby",
  "php", "rust", "c", "cpp", "csharp", "scala", "elixir", "lua", "http", "diff", "dockerfile", "toml", "ini", "xml",
  "html", "css", "graphql", "proto", "nginx", "hcl", "terraform", "markdown", "md", "mdx", "regex", "csv",
] as const; // prettier-ignore
const CODE_LANGUAGE_SET: ReadonlySet<string> = new Set(CODE_LANGUAGES);
/** How rehype-pretty-code reads an inline code's language: `{:lang}` at its end (`{:.token}` is a colour). */
const INLINE_LANGUAGE = /\{:([a-zA-Z.-]+)\}$/;

function languageProblem(lang: string): Omit<BodyProblem, "line"> | undefined {
  if (CODE_LANGUAGE_SET.has(lang)) return undefined;
  const guess = didYouMean(lang.toLowerCase(), CODE_LANGUAGES);
  const hint = guess ? ` (did you mean "${guess}"?)` : "";
  const message = `${JSON.stringify(lang)} is not a language the journal highlights${hint}, expected one of ${CODE_LANGUAGES.join(", ")}`;
  return { construct: "code language", message };
}

/** Every element, attribute and address in a body that is not known to be safe. */
export function findUnsafeContent(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // `![alt][ref]` loads its definition's address: such definitions follow the rule for images.
  const imageDefinitions = new Set<string>();
  const definitions = new Map<string, string>();
  visit(tree, (node) => {
    if (node.type === "imageReference") imageDefinitions.add(node.identifier);
    if (node.type === "definition" && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  let postText: string | undefined;
  const textOfPost = () => (postText ??= toString(tree));
  const honest = (node: Nodes, url: string | undefined, line: number | undefined) => {
    const message = url === undefined ? undefined : linkTextProblem(visibleText(node), url, textOfPost);
    if (message) problems.push({ line, construct: "link text", message });
  };
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case "link": {
        const message = linkProblem(node.url);
        if (message) problems.push({ line, construct: "link", message });
        else honest(node, node.url, line);
        break;
      }
      case "linkReference": {
        // A definition the rules refuse is reported on its own line.
        const url = definitions.get(node.identifier);
        if (url !== undefined && !linkProblem(url)) honest(node, url, line);
        break;
      }
      case "definition": {
        const isImage = imageDefinitions.has(node.identifier);
        const message = isImage ? resourceProblem(node.url) : linkProblem(node.url);
        if (message) problems.push({ line, construct: isImage ? "image" : "link", message });
        break;
      }
      case "image": {
        const message = resourceProblem(node.url);
        if (message) problems.push({ line, construct: "image", message });
        break;
      }
      case "code": {
        const language = node.lang ? languageProblem(node.lang) : undefined;
        if (language) problems.push({ line, ...language });
        const message = node.meta ? codeMetaProblem(node.meta, node.value.split("\n").length) : undefined;
        if (message) problems.push({ line, construct: "code block", message });
        break;
      }
      case "inlineCode": {
        const lang = INLINE_LANGUAGE.exec(node.value)?.[1];
        const language = lang && !lang.startsWith(".") ? languageProblem(lang) : undefined;
        if (language) problems.push({ line, ...language });
        break;
      }
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        // A fragment (<>…</>) has no name and renders only its children.
        if (node.name !== null) {
          const found = elementProblems(node.name, node.attributes);
          for (const problem of found) problems.push({ line, ...problem });
          // The same honesty for an element's link: its text against its address.
          const href = node.name === "a" ? node.attributes.find((a) => a.type === "mdxJsxAttribute" && a.name === "href") : undefined;
          if (!found.length && href?.type === "mdxJsxAttribute" && typeof href.value === "string") honest(node, href.value, line);
        }
        break;
    }
  });
  return problems;
}
