/** What a browser downloads for one page: HTML, scripts, stylesheets and preloaded fonts, raw and gzip. */
import { gzipSync } from "node:zlib";

export type Bytes = { raw: number; gzip: number };
export type PageWeight = {
  html: Bytes;
  js: Bytes;
  css: Bytes;
  fonts: { files: number; largest: number; displaySet: boolean; preloaded: boolean };
  scripts: string[];
};

const sizes = (body: Buffer): Bytes => ({ raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

async function fetchBytes(url: string, allowError = false): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok && !allowError) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Every downloaded face (`src: url(…)`) sets font-display; local() fallbacks download nothing. */
export function fontDisplaySet(css: string): boolean {
  const faces = (css.match(/@font-face\{[^}]*\}/g) ?? []).filter((face) => /src:\s*url\(/.test(face));
  return faces.length > 0 && faces.every((face) => /font-display:/.test(face));
}

/** The distinct URLs in one attribute of the tags that match. */
function urlsOf(tags: readonly string[], match: (tag: string) => boolean, name: string): string[] {
  const urls = tags.filter(match).map((tag) => attr(tag, name));
  return [...new Set(urls.filter((url): url is string => Boolean(url)))];
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  // The framework baseline is the 404 page: its HTML counts whatever its status.
  const html = await fetchBytes(origin + path, true);
  const text = html.toString("utf8");
  const tags = text.match(/<(script|link)\b[^>]*>/g) ?? [];
  const scripts = urlsOf(tags, (t) => t.startsWith("<script"), "src");
  const styles = urlsOf(tags, (t) => /rel="stylesheet"/.test(t), "href");
  const fonts = urlsOf(tags, (t) => /as="font"/.test(t), "href");

  let js: Bytes = { raw: 0, gzip: 0 };
  for (const src of scripts) js = add(js, sizes(await fetchBytes(origin + src)));
  let css: Bytes = { raw: 0, gzip: 0 };
  let cssText = "";
  for (const href of styles) {
    const body = await fetchBytes(origin + href);
    css = add(css, sizes(body));
    cssText += body.toString("utf8");
  }
  let largest = 0;
  for (const href of fonts) largest = Math.max(largest, (await fetchBytes(origin + href)).length);
  return {
    html: sizes(html),
    js,
    css,
    fonts: {
      files: fonts.length,
      largest,
      displaySet: fontDisplaySet(cssText),
      preloaded: fonts.length > 0,
    },
    scripts,
  };
}
