/** What a browser downloads for one page: its HTML, scripts, stylesheets and preloaded fonts, gzip -9. */
import { gzipSync } from "node:zlib";

export type PageWeight = { html: number; js: number; css: number; fonts: number };

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const gzipped = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

/** The distinct URLs in one attribute of the tags that match. */
function urlsOf(tags: readonly string[], match: (tag: string) => boolean, name: string): string[] {
  const urls = tags.filter(match).map((tag) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1]);
  return [...new Set(urls.filter((url): url is string => Boolean(url)))];
}

export async function pageWeight(origin: string, path: string): Promise<PageWeight> {
  const html = await fetchBytes(origin + path);
  const tags = html.toString("utf8").match(/<(script|link)\b[^>]*>/g) ?? [];
  const sum = async (urls: string[]) => {
    let total = 0;
    for (const url of urls) total += gzipped(await fetchBytes(origin + url));
    return total;
  };
  return {
    html: gzipped(html),
    js: await sum(urlsOf(tags, (tag) => tag.startsWith("<script"), "src")),
    css: await sum(urlsOf(tags, (tag) => /rel="stylesheet"/.test(tag), "href")),
    fonts: await sum(urlsOf(tags, (tag) => /as="font"/.test(tag), "href")),
  };
}
