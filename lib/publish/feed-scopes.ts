import { getAuthor, getTag } from "../content/collection";
import { site } from "../site";
import type { FeedScope } from "./feeds";
import { authorPath, tagPath } from "./routes";

/** The feed of an author's or a tag's page, shown in feed readers as "<journal>: <name>". */
export function authorFeedScope(slug: string): FeedScope | undefined {
  const author = getAuthor(slug);
  if (!author) return undefined;
  const { name } = author;
  return { path: authorPath(slug), name, title: `${site.name}: ${name}`, description: `Posts by ${name}.` };
}

export function tagFeedScope(slug: string): FeedScope | undefined {
  const tag = getTag(slug);
  if (!tag) return undefined;
  return { path: tagPath(slug), name: tag.label, title: `${site.name}: ${tag.label}`, description: tag.description };
}
