import { notFound } from "next/navigation";
import { PostList } from "@/components/post-list";
import { getPostsByTag, getTag, getTags } from "@/lib/content/collection";
import { tagFeedScope } from "@/lib/publish/feed-scopes";
import { pageMetadata } from "@/lib/publish/metadata";
import { tagPath } from "@/lib/publish/routes";

type Props = { params: Promise<{ tag: string }> };

// Only the tags of content/tags.yml exist; any other tag is the site's 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: tag.label,
    description: tag.description,
    path: tagPath(tag.slug),
    feeds: tagFeedScope(tag.slug),
  });
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  return (
    <>
      <header className="mb-10 border-b border-line pb-8">
        <p className="font-mono text-sm text-signal">Tag</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{tag.label}</h1>
        <p className="mt-4 max-w-measure leading-relaxed text-muted">{tag.description}</p>
      </header>
      <PostList label={`Posts tagged ${tag.label}`} posts={getPostsByTag(tag.slug)} />
    </>
  );
}
