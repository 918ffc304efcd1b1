/** schema.org JSON-LD for search engines: a BlogPosting per post and the breadcrumb trail to it. */
import { absoluteUrl, site } from "../site";

type PostFacts = {
  title: string;
  summary: string;
  url: string;
  date: string;
  lastUpdated: string;
  tags: readonly string[];
  author: { name: string; role: string; slug: string };
};

export function blogPosting(post: PostFacts) {
  return {
    "@context": "https://schema.org",
    "@type": "BlogPosting",
    headline: post.title,
    description: post.summary,
    url: absoluteUrl(post.url),
    mainEntityOfPage: absoluteUrl(post.url),
    datePublished: post.date,
    dateModified: post.lastUpdated,
    keywords: post.tags.join(", "),
    image: absoluteUrl(`${post.url}/opengraph-image`),
    author: { "@type": "Person", name: post.author.name, jobTitle: post.author.role },
    publisher: { "@type": "Organization", name: site.company.name, url: site.company.url },
    isPartOf: { "@type": "Blog", name: site.name, url: absoluteUrl("/") },
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
