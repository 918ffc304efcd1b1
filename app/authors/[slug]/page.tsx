import { notFound } from "next/navigation";
import { AuthorAvatar } from "@/components/author-avatar";
import { PostList } from "@/components/post-list";
import { getAuthor, getAuthors, getPostsByAuthor } from "@/lib/content/collection";
import { authorFeedScope } from "@/lib/publish/feed-scopes";
import { pageMetadata } from "@/lib/publish/metadata";
import { authorPath } from "@/lib/publish/routes";

type Props = { params: Promise<{ slug: string }> };

// Only the authors of content/authors exist; any other slug is the site's 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getAuthors().map((author) => ({ slug: author.slug }));
}

export async function generateMetadata({ params }: Props) {
  const author = getAuthor((await params).slug);
  if (!author) return {};
  return pageMetadata({
    title: author.name,
    description: author.bio ?? `Posts by ${author.name}, ${author.role}.`,
    path: authorPath(author.slug),
    feeds: authorFeedScope(author.slug),
  });
}

export default async function AuthorPage({ params }: Props) {
  const author = getAuthor((await params).slug);
  if (!author) notFound();
  return (
    <>
      <header className="mb-10 flex flex-col gap-6 border-b border-line pb-8 sm:flex-row sm:items-center">
        <AuthorAvatar author={author} size="large" />
        <div>
          <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{author.name}</h1>
          <p className="mt-2 text-muted">{author.role}</p>
          {author.bio && <p className="mt-4 max-w-measure leading-relaxed">{author.bio}</p>}
        </div>
      </header>
      <PostList label={`Posts by ${author.name}`} posts={getPostsByAuthor(author.slug)} />
    </>
  );
}
