import Link from "next/link";
import { formatDate, formatReadingTime } from "@/lib/format";
import type { JournalPost } from "@/lib/content";
import { DraftBadge } from "./draft-badge";

export function PostHeader({ post }: { post: JournalPost }) {
  return (
    <header className="mb-10 border-b border-line pb-8">
      <p data-print-hidden className="mb-6 text-sm">
        <Link href="/" className="text-accent hover:underline">
          ← Back to the journal
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">
        {post.title}
        <DraftBadge status={post.status} />
      </h1>
      <p className="mt-5 text-sm text-muted">
        <span className="font-medium text-ink">{post.author.name}</span>, {post.author.role}
      </p>
      <p className="mt-1 text-sm text-muted">
        <time dateTime={post.date}>{formatDate(post.date)}</time> · {formatReadingTime(post.readingTime)}
      </p>
      {post.lastUpdated !== post.date && (
        <p className="mt-1 text-sm text-muted">
          Last updated <time dateTime={post.lastUpdated}>{formatDate(post.lastUpdated)}</time>
        </p>
      )}
    </header>
  );
}
