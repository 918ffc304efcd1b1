/**
 * What a post body may contain, as allow-lists: a post arrives in a pull request, possibly from outside
 * the team, and is prerendered on the journal's own origin. Anything not listed here is refused, by the
 * content check (with a line number) and again where the body is compiled for the page and the feeds
 * (lib/render/mdx.tsx), so a build that skipped the check still refuses to ship it. One rule set, two callers.
 */
import type { Root } from "mdast";
import { visit } from "unist-util-visit";
import { mdxComponentNames, mdxComponentProps, mdxComponentResources, type MdxComponentName } from "./mdx-components";
import { postFileReferenceProblem, type PostFileKind } from "./post-files";

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
/** Why a link target is refused, or undefined when it is safe to follow. */
export function linkProblem(url: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(url)) return `${JSON.stringify(url)} has a space, control character or backslash, ${LINK_EXPECTED} (write a space as %20)`;
  if (url.startsWith("//")) return `${JSON.stringify(url)} is protocol-relative (another host), ${LINK_EXPECTED}`;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme !== undefined && !LINK_SCHEMES.includes(`${scheme.toLowerCase()}:`)) {
    return `${JSON.stringify(url)}: "${scheme}:" addresses are refused, ${LINK_EXPECTED}`;
  }
  return undefined;
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
          resourcesOf(component)[prop] ? "link" : "text",
        ]),
      )
    : ELEMENTS[name] && { ...GLOBAL_ATTRIBUTES, ...ELEMENTS[name] };
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
    const kind = component && resourcesOf(component)[attribute.name];
    if (kind) {
      const problem = typeof attribute.value === "string" ? resourceProblem(attribute.value, kind) : undefined;
      return problem ? [{ construct, message: problem }] : [];
    }
    const problem = attributeProblem(name, attribute, rules[attribute.name], expected);
    return problem ? [{ construct, message: problem }] : [];
  });
}

/** Every element, attribute and address in a body that is not known to be safe. */
export function findUnsafeContent(tree: Root): BodyProblem[] {
  const problems: BodyProblem[] = [];
  // `![alt][ref]` loads its definition's address: such definitions follow the rule for images.
  const imageDefinitions = new Set<string>();
  visit(tree, "imageReference", (node) => {
    imageDefinitions.add(node.identifier);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case "link": {
        const message = linkProblem(node.url);
        if (message) problems.push({ line, construct: "link", message });
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
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        // A fragment (<>…</>) has no name and renders only its children.
        if (node.name !== null) {
          for (const problem of elementProblems(node.name, node.attributes)) problems.push({ line, ...problem });
        }
        break;
    }
  });
  return problems;
}
