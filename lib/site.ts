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
} as const;

/** The page that edits a content file, from its path inside the content folder (e.g. posts/x.mdx). */
export function editUrl(sourceFilePath: string): string {
  const { url, branch, contentDir } = site.repository;
  return `${url}/edit/${branch}/${contentDir}/${sourceFilePath}`;
}

/** Every absolute URL of the journal (canonical links, feeds, social cards) comes from here. */
export function absoluteUrl(path = "/"): string {
  return new URL(path, site.url).toString();
}
