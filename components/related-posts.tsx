import { JournalLink } from "@/components/mdx/journal-link";
import type { JournalPost } from "@/lib/content/collection";
import { formatDate } from "@/lib/render/format";

/** Posts that share tags with the one just read; nothing when none does. */
export function RelatedPosts({ posts }: { posts: readonly JournalPost[] }) {
  if (posts.length === 0) return null;
  return (
    <section aria-label="Related posts" data-print-hidden className="mt-12">
      <h2 className="text-xl font-semibold tracking-tight">Related posts</h2>
      <ul className="mt-4 divide-y divide-line border-y border-line">
        {posts.map((post) => (
          <li key={post.slug} className="py-3">
            <JournalLink href={post.url} className="font-medium text-balance text-accent hover:underline">
              {post.title}
            </JournalLink>
            <p className="mt-1 text-sm text-muted">
              {post.author.name} · <time dateTime={post.date}>{formatDate(post.date)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
