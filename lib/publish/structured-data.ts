/** schema.org JSON-LD for search engines: a BlogPosting per post and the breadcrumb trail to it. */
import { authorModified } from "../content/publishing";
import { absoluteUrl, site } from "../site";
import { cardPath, postCard } from "./card-address";
import { seriesPath } from "./routes";

type PostFacts = {
  title: string;
  summary: string;
  url: string;
  date: string;
  readingTime: number;
  updated?: string | undefined;
  tags: readonly string[];
  author: { name: string; role: string; slug: string };
};

/** `series`: the series the post is a part of, if any: the post is then part of both the blog and the series. */
export function blogPosting(post: PostFacts, series?: { slug: string; title: string }) {
  const blog = { "@type": "Blog", name: site.name, url: absoluteUrl("/") };
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.summary,
    url: absoluteUrl(post.url),
    mainEntityOfPage: absoluteUrl(post.url),
    // As written: a day, or the full date-time when the author gave one.
    datePublished: post.date,
    dateModified: authorModified(post),
    keywords: post.tags.join(", "),
    image: absoluteUrl(cardPath(postCard(post))),
    author: { "@type": "Person", name: post.author.name, jobTitle: post.author.role },
    publisher: { "@type": "Organization", name: site.company.name, url: site.company.url },
    isPartOf: series
      ? [blog, { "@type": "CreativeWorkSeries", name: series.title, url: absoluteUrl(seriesPath(series.slug)) }]
      : blog,
  };
}

export function breadcrumbList(trail: readonly { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path),
    })),
  };
}

/** JSON for a <script> element: "<" is escaped so no text in a post can close the script early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
