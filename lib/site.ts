/** The journal's settings: the only place that names its domain, company and repository. */

function siteUrl(value: string | undefined): URL {
  const raw = value?.trim() || "https://blog.processout.com";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not a URL, expected an absolute origin such as https://blog.processout.com`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL: "${raw}" uses ${url.protocol}, expected http: or https:`);
  }
  return url;
}

export const site = {
  name: "Flight journal",
  tagline: "A journey in ProcessOut's mission control",
  description:
    "The engineering blog of ProcessOut: payments infrastructure, compliance, search and the tooling that keeps money moving.",
  url: siteUrl(process.env.SITE_URL),
  locale: "en",
  company: { name: "ProcessOut", url: "https://www.processout.com" },
  /** Where posts are edited: "Edit this post" links open the file on this branch. */
  repository: { url: "https://github.com/processout/flight-journal", branch: "main", contentDir: "content" },
  /** Entries on each page of the journal index; later pages live under /page/N. */
  postsPerPage: 10,
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

/** A preview deployment (SITE_ENV=preview) shows drafts and scheduled posts, and asks crawlers to stay away. */
export function isPreview(env: string | undefined = process.env.SITE_ENV): boolean {
  return env === "preview";
}

/** The page that edits a content file, from its path inside the content folder (e.g. posts/x.mdx). */
export function editUrl(sourceFilePath: string): string {
  const { url, branch, contentDir } = site.repository;
  return `${url}/edit/${branch}/${contentDir}/${sourceFilePath}`;
}

/** Every absolute URL of the journal (canonical links, feeds, social cards) comes from here. */
export function absoluteUrl(path = "/"): string {
  return new URL(path, site.url).toString();
}
