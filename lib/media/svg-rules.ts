/**
 * What an SVG file of a post may contain, as allow-lists. An SVG is a document: opened at its own address it
 * runs on the journal's origin, so a script, an event handler, a link or a foreign object in it would be the
 * journal's. The file is parsed as the browser parses it (XML, strictly: xast-util-from-xml) and every element,
 * attribute and style is checked against what a static drawing needs; anything else is refused with its line,
 * never stripped, so the file served is byte for byte the file the author reviewed. The content check and the
 * image step run the same rules.
 */
import type { Element, Nodes } from "xast";
import { fromXml } from "xast-util-from-xml";
import { MAX_PIXELS } from "./image-rules";

export type SvgProblem = { line: number | undefined; construct: string; message: string };

const SVG_NS = "http://www.w3.org/2000/svg";
const XLINK_NS = "http://www.w3.org/1999/xlink";

// Shapes, text, paint servers, clipping, masking and filter primitives: what a drawing is made of. No script,
// foreignObject, a (links), animation (<set> can rewrite an href), feImage, use of other files, or metadata.
const ELEMENTS = new Set([
  "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
  "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
  "text", "tspan", "textPath",
  "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "image",
  "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feDropShadow", "feFlood",
  "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology",
  "feOffset",
]); // prettier-ignore

// Geometry, presentation and accessibility attributes. No event handlers, no other namespaces' attributes.
const ATTRIBUTES = new Set([
  "id", "class", "style", "version", "lang", "xml:lang", "xml:space", "role", "focusable", "tabindex",
  "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden",
  "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "dx", "dy", "width", "height",
  "d", "points", "pathLength", "viewBox", "preserveAspectRatio", "transform", "transform-origin", "rotate",
  "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side",
  "offset", "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits",
  "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits", "markerWidth", "markerHeight",
  "markerUnits", "refX", "refY", "orient", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation",
  "mode", "operator", "k1", "k2", "k3", "k4", "values", "type", "tableValues", "slope", "intercept", "amplitude",
  "exponent", "radius", "edgeMode",
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
  "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display",
  "visibility", "overflow", "clip-path", "clip-rule", "mask", "filter", "marker-start", "marker-mid", "marker-end",
  "stop-color", "stop-opacity", "flood-color", "flood-opacity", "lighting-color", "paint-order", "vector-effect",
  "shape-rendering", "text-rendering", "image-rendering", "color-interpolation", "color-interpolation-filters",
  "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight",
  "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
  "text-decoration", "writing-mode", "direction", "unicode-bidi", "mix-blend-mode", "isolation",
  "xmlns", "xmlns:xlink", "href", "xlink:href",
]); // prettier-ignore

const LOCAL_REFERENCE = /^#[A-Za-z_][\w.-]*$/;
// A picture embedded in the file itself, never another SVG (which would bring its own document).
const EMBEDDED_PICTURE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/=\s]+$/;

// CSS functions a drawing's styles may call: colours, arithmetic, transforms. url() is checked on its own.
const CSS_FUNCTIONS = new Set(
  [
    "rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch", "color-mix", "var", "calc", "min", "max",
    "clamp", "translate", "translatex", "translatey", "scale", "scalex", "scaley", "rotate", "skew", "skewx",
    "skewy", "matrix",
  ], // prettier-ignore
);

/**
 * Why a style (a `style` attribute, a <style> element's text or an attribute that takes url()) is refused: no
 * at-rules (@import, @font-face load files), no escapes (which could spell any of this), no url() other than a
 * reference to an element of the drawing, no function not listed.
 */
export function cssProblem(css: string): string | undefined {
  if (css.includes("@")) return "at-rules (@import, @font-face…) load other files, expected plain declarations";
  if (css.includes("\\")) return "escapes (\\) are refused in styles, expected plain text";
  // A name is matched from its first letter only (the lookbehind), so a long run of letters is read once.
  for (const match of css.matchAll(/(?<![A-Za-z-])([A-Za-z-]+)\s*\(\s*([^)]*)\)?/g)) {
    const name = (match[1] ?? "").toLowerCase();
    if (name === "url") {
      const target = (match[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
      if (!LOCAL_REFERENCE.test(target)) return `url(${target}) points outside the drawing, expected url(#id)`;
    } else if (!CSS_FUNCTIONS.has(name)) {
      return `${name}() is not allowed in styles, expected colours, var(), calc() and transforms`;
    }
  }
  return undefined;
}

function attributeProblem(element: Element, name: string, value: string): string | undefined {
  if (!ATTRIBUTES.has(name)) {
    return /^on/i.test(name)
      ? "event handlers are refused, expected a drawing without script"
      : `is not an attribute of a static drawing, expected geometry, presentation or aria attributes`;
  }
  if (name === "xmlns" && value !== SVG_NS) return `expected the SVG namespace ${SVG_NS}`;
  if (name === "xmlns:xlink" && value !== XLINK_NS) return `expected the XLink namespace ${XLINK_NS}`;
  if (name === "href" || name === "xlink:href") {
    if (element.name === "image") {
      return EMBEDDED_PICTURE.test(value)
        ? undefined
        : "an <image> must embed its picture (data:image/png;base64,…), never load a file";
    }
    return LOCAL_REFERENCE.test(value)
      ? undefined
      : `${JSON.stringify(value)} points outside the drawing, expected #id`;
  }
  if (name === "style" || value.includes("(")) return cssProblem(value);
  return undefined;
}

function elementProblems(element: Element, line: number | undefined): SvgProblem[] {
  if (!ELEMENTS.has(element.name)) {
    const why =
      element.name === "script" || element.name === "foreignObject" || element.name === "a"
        ? "would run or link from the journal's origin"
        : "is not an element of a static drawing";
    return [{ line, construct: `<${element.name}>`, message: `${why}, expected shapes, text, gradients and filters` }];
  }
  const problems: SvgProblem[] = [];
  for (const [name, value] of Object.entries(element.attributes)) {
    const message = attributeProblem(element, name, value ?? "");
    if (message) problems.push({ line, construct: `<${element.name} ${name}>`, message });
  }
  if (element.name === "style") {
    const css = element.children.map((child) => ("value" in child ? child.value : "")).join("");
    const message = cssProblem(css);
    if (message) problems.push({ line, construct: "<style>", message });
  }
  return problems;
}

function walk(node: Nodes, problems: SvgProblem[]): void {
  const line = node.position?.start.line;
  switch (node.type) {
    case "doctype":
      problems.push({ line, construct: "<!DOCTYPE>", message: "declarations are refused, expected <svg> alone" });
      return;
    case "instruction":
      if (node.name !== "xml")
        problems.push({ line, construct: `<?${node.name}?>`, message: "may load a file, expected <svg> alone" });
      return;
    case "element":
      for (const problem of elementProblems(node, line)) problems.push(problem);
      for (const child of node.children) walk(child, problems);
      return;
    case "root":
      for (const child of node.children) walk(child, problems);
      return;
    default:
  }
}

export type SvgReading = { problems: SvgProblem[]; width?: number; height?: number };

/** A length in CSS pixels (`640`, `640px`), or undefined for anything relative or in other units. */
const pixels = (value: string | null | undefined) => {
  const match = /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/.exec(value ?? "");
  return match ? Number(match[1]) : undefined;
};

/** The drawing's size: its width and height in pixels, else its viewBox's. */
function sizeOf(svg: Element): { width: number; height: number } | undefined {
  const width = pixels(svg.attributes["width"]);
  const height = pixels(svg.attributes["height"]);
  // At least a pixel: a drawing a fraction of a pixel wide is still drawn, at one.
  const whole = (length: number) => Math.max(1, Math.round(length));
  if (width && height) return { width: whole(width), height: whole(height) };
  const box = (svg.attributes["viewBox"] ?? "")
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , boxWidth, boxHeight] = box;
  if (box.length === 4 && boxWidth && boxHeight && boxWidth > 0 && boxHeight > 0) {
    return { width: whole(boxWidth), height: whole(boxHeight) };
  }
  return undefined;
}

/** The most levels a drawing's elements may nest: design tools write a dozen or two. */
export const MAX_DEPTH = 100;
// What the nesting scan passes over whole: comments, CDATA, instructions and declarations.
const OPAQUE = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
  ["<!", ">"],
] as const;

/**
 * The line of the first element nested deeper than `limit`, read from the tags as written (quoted attribute values
 * skipped), in one pass: the XML parser recurses once a level and runs out of stack a few thousand levels down.
 */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let at = text.indexOf("<"); at !== -1; at = text.indexOf("<", at)) {
    const opaque = OPAQUE.find(([open]) => text.startsWith(open, at));
    if (opaque) {
      const end = text.indexOf(opaque[1], at + opaque[0].length);
      if (end === -1) return undefined;
      at = end + opaque[1].length;
      continue;
    }
    if (text[at + 1] === "/") {
      depth -= 1;
      at += 2;
      continue;
    }
    let end = at + 1;
    for (let quote = ""; end < text.length; end += 1) {
      const character = text[end];
      if (quote) quote = character === quote ? "" : quote;
      else if (character === '"' || character === "'") quote = character;
      else if (character === ">") break;
    }
    const selfClosed = text[end - 1] === "/";
    if (!selfClosed) depth += 1;
    if (depth > limit) return text.slice(0, at).split("\n").length;
    at = end + 1;
  }
  return undefined;
}

/** Every problem of an SVG file's text, and the drawing's size when it has one. */
export function readSvg(text: string): SvgReading {
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep !== undefined) {
    const message = `are nested more than ${MAX_DEPTH} levels deep here, expected at most ${MAX_DEPTH}`;
    return { problems: [{ line: deep, construct: "elements", message }] };
  }
  let tree;
  try {
    tree = fromXml(text);
  } catch (error) {
    const line =
      error && typeof error === "object" && "line" in error && typeof error.line === "number" ? error.line : undefined;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return {
      problems: [{ line, construct: "XML", message: `${cause.replace(/\s+/g, " ")}, expected well-formed XML` }],
    };
  }
  const problems: SvgProblem[] = [];
  walk(tree, problems);
  const root = tree.children.find((child): child is Element => child.type === "element");
  if (!root || root.name !== "svg" || root.attributes["xmlns"] !== SVG_NS) {
    problems.push({
      line: root?.position?.start.line,
      construct: "<svg>",
      message: `expected one <svg xmlns="${SVG_NS}"> element`,
    });
    return { problems };
  }
  const size = sizeOf(root);
  if (!size) {
    problems.push({
      line: root.position?.start.line,
      construct: "<svg>",
      message: "has no size, expected width and height in pixels or a viewBox",
    });
  } else if (size.width * size.height > MAX_PIXELS) {
    const message = `is ${size.width} × ${size.height} pixels, expected at most ${MAX_PIXELS.toLocaleString("en")} pixels in all`;
    problems.push({ line: root.position?.start.line, construct: "<svg>", message });
    return { problems };
  }
  return { problems, ...size };
}
