import type { JournalPost } from "@/lib/content/collection";
import { formatPostCount } from "@/lib/render/format";
import { PostEntry } from "./post-entry";

/** A list of posts (an author's, a tag's) with the journal index's own entries. */
export function PostList({ label, posts }: { label: string; posts: readonly JournalPost[] }) {
  return (
    <section aria-label={label}>
      <p className="mb-8 font-mono text-sm text-signal">{formatPostCount(posts.length)}</p>
      {posts.map((post) => (
        <PostEntry key={post.slug} post={post} />
      ))}
    </section>
  );
}
