import { feedMdxComponents } from "@/components/mdx/feed";
import { cached } from "../cache/store";
import { mediaVersionOf } from "../media/manifest";
import { postFolderDigest, type PostFiles } from "../content/post-files";
import { renderMdxToStaticHtml } from "../render/mdx-static";
import { absoluteUrl } from "../site";
import { feedHtml } from "./feed-html";

/**
 * A post body as the feeds carry it: compiled with the feed's components (components/mdx/feed.tsx: hook-free,
 * diagrams as text, charts as their data, nothing that needs the journal's CSS), then with links and images made
 * absolute. In `npm run build` it is kept in the build cache, keyed by the body, the files beside the post (a
 * chart's data) and the addresses it is made absolute against; the store's version covers this module's closure,
 * the feed's components included.
 */
export function feedBodyHtml(source: string, postPath: string, files: PostFiles): Promise<string> {
  const page = absoluteUrl(postPath);
  const home = absoluteUrl("/");
  return cached(
    "feed-body",
    `${page}\0${home}\0${postFolderDigest(files.post)}\0${mediaVersionOf(files.source)}\0${source}`,
    async () =>
      feedHtml(
        await renderMdxToStaticHtml(source, feedMdxComponents(postPath, files), `the feed entry of ${postPath}`),
        page,
        home,
      ),
    (html) => html,
    (bytes) => bytes.toString("utf8"),
  );
}
