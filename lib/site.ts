/** The journal's settings: the only place that names its domain, company and repository. */
import { readDeployment, withBasePath } from "./deploy/deployment.mjs";

/** This build's deployment (SITE_ENV, SITE_URL, BASE_PATH, SITE_OUTPUT, the platform's variables), checked. */
export const deployment = readDeployment();

export const site = {
  name: "Flight journal",
  tagline: "A journey in ProcessOut's mission control",
  description:
    "The engineering blog of ProcessOut: payments infrastructure, compliance, search and the tooling that keeps money moving.",
  /** The production journal's address: canonical URLs, feeds and the sitemap point here, from previews too. */
  url: new URL(deployment.siteUrl),
  locale: "en",
  company: { name: "ProcessOut", url: "https://www.processout.com" },
  /** Where posts are edited: "Edit this post" links open the file on this branch. */
  repository: { url: "https://github.com/processout/flight-journal", branch: "main", contentDir: "content" },
  /** Entries on each page of the journal index (POSTS_PER_PAGE, 10 by default); later pages live under /page/N. */
  postsPerPage: deployment.postsPerPage,
  /** Posts in each feed, the latest first: readers poll feeds often, so they stay small at any archive size. */
  feedItems: 20,
} as const;

/** The journal's feeds, one per format: where each is served, its media type and its name for readers. */
export const feeds = {
  rss: { path: "/feed.xml", type: "application/rss+xml", name: "RSS" },
  atom: { path: "/atom.xml", type: "application/atom+xml", name: "Atom" },
  json: { path: "/feed.json", type: "application/feed+json", name: "JSON Feed" },
} as const;

export type FeedFormat = keyof typeof feeds;

/** The formats in the order `feeds` lists them. */
export const feedFormats = Object.keys(feeds).filter((format): format is FeedFormat => format in feeds);

/** A feed's address: the journal's (`scope` "") or one of a listing page's, e.g. /authors/<slug>/feed.xml. */
export function feedPath(format: FeedFormat, scope = ""): string {
  return `${scope}${feeds[format].path}`;
}

/** A path as the browser requests it from this deployment, for what Next does not prefix itself. */
export function localPath(path: string): string {
  return withBasePath(deployment.basePath, path);
}

/** The page that edits a content file, from its path inside the content folder (e.g. posts/x.mdx). */
export function editUrl(sourceFilePath: string): string {
  const { url, branch, contentDir } = site.repository;
  return `${url}/edit/${branch}/${contentDir}/${sourceFilePath}`;
}

/** Every absolute URL of the journal (canonical links, feeds, social cards) comes from here. */
export function absoluteUrl(path = "/"): string {
  if (!path.startsWith("/")) throw new Error(`absoluteUrl: "${path}" is not a path from the root`);
  return path === "/" ? `${deployment.siteUrl}/` : `${deployment.siteUrl}${path}`;
}
