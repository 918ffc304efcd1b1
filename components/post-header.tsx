import { JournalLink } from "@/components/mdx/journal-link";
import { formatDate, formatReadingTime } from "@/lib/render/format";
import { getTagsOf, type JournalPost } from "@/lib/content/collection";
import { authorPath } from "@/lib/publish/routes";
import { DraftBadge } from "./draft-badge";
import { TagList } from "./tag-list";

export function PostHeader({ post }: { post: JournalPost }) {
  return (
    <header className="mb-10 border-b border-line pb-8">
      <p data-print-hidden className="mb-6 text-sm">
        <JournalLink href="/" className="text-accent hover:underline">
          ← Back to the journal
        </JournalLink>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
        {post.title}
        <DraftBadge status={post.status} />
      </h1>
      <p className="mt-5 text-sm text-muted">
        <JournalLink
          href={authorPath(post.author.slug)}
          className="font-medium text-ink underline underline-offset-4 hover:text-accent"
        >
          {post.author.name}
        </JournalLink>
        , {post.author.role}
      </p>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={post.date}>{formatDate(post.date)}</time> · {formatReadingTime(post.readingTime)}
      </p>
      {post.updatedDay && (
        <p className="mt-1 text-sm text-muted">
          Last updated <time dateTime={post.updatedDay}>{formatDate(post.updatedDay)}</time>
        </p>
      )}
      <div className="mt-4">
        <TagList tags={getTagsOf(post)} />
      </div>
    </header>
  );
}
