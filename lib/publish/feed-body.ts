import { feedMdxComponents } from "@/components/mdx/feed";
import { renderMdxToStaticHtml } from "../render/mdx";
import { absoluteUrl } from "../site";
import { feedHtml } from "./feed-html";

/**
 * A post body as the feeds carry it: compiled with the feed's components (components/mdx/feed.tsx: hook-free,
 * diagrams as text, nothing that needs the journal's CSS), then with links and images made absolute.
 */
export async function feedBodyHtml(source: string, postPath: string): Promise<string> {
  const html = await renderMdxToStaticHtml(source, feedMdxComponents(postPath), `the feed entry of ${postPath}`);
  return feedHtml(html, absoluteUrl(postPath), absoluteUrl("/"));
}
