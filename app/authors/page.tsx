import { JournalLink } from "@/components/mdx/journal-link";
import { AuthorAvatar } from "@/components/author-avatar";
import { getAuthors, getPostsByAuthor } from "@/lib/content/collection";
import { formatPostCount } from "@/lib/render/format";
import { pageMetadata } from "@/lib/publish/metadata";
import { authorPath } from "@/lib/publish/routes";

export const metadata = pageMetadata({
  title: "Authors",
  description: "The engineers and payments experts who write the Flight journal.",
  path: "/authors",
});

export default function AuthorsIndex() {
  return (
    <>
      <h1 className="text-4xl font-bold tracking-tight">Authors</h1>
      <ul className="mt-10 grid gap-6 sm:grid-cols-2">
        {getAuthors().map((author) => (
          <li key={author.slug} className="flex items-start gap-4 rounded-lg border border-line bg-panel p-4">
            <AuthorAvatar author={author} size="small" />
            <div className="min-w-0">
              <h2 className="text-lg font-semibold tracking-tight">
                <JournalLink href={authorPath(author.slug)} className="text-accent hover:underline">
                  {author.name}
                </JournalLink>
              </h2>
              <p className="text-sm text-muted">{author.role}</p>
              <p className="mt-1 font-mono text-xs text-muted">
                {formatPostCount(getPostsByAuthor(author.slug).length)}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
