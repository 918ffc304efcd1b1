import { JournalLink } from "@/components/mdx/journal-link";
import { formatReadingTime } from "@/lib/render/format";
import { getTagsOf, type JournalPost } from "@/lib/content/collection";
import { Byline } from "./byline";
import { DraftBadge } from "./draft-badge";
import { TagList } from "./tag-list";

/** One entry of the journal index: title, byline, excerpt, "Dive in" — as on the original index. */
export function PostEntry({ post }: { post: JournalPost }) {
  const paragraphs = post.summary.split(/\n\s*\n/);
  return (
    <article className="border-b border-line py-8 first:pt-0 last:border-b-0" aria-labelledby={`${post.slug}-title`}>
      <h2 id={`${post.slug}-title`} className="text-2xl font-semibold tracking-tight text-balance">
        <JournalLink href={post.url} className="hover:text-accent">
          {post.title}
        </JournalLink>
        <DraftBadge status={post.status} />
      </h2>
      <div className="mt-2">
        <Byline author={post.author.name} date={post.date} />
      </div>
      <div className="mt-3">
        <TagList tags={getTagsOf(post)} />
      </div>
      <div className="mt-4 space-y-3 leading-relaxed">
        {paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </div>
      <p className="mt-4">
        <JournalLink href={post.url} className="font-medium text-accent underline-offset-4 hover:underline">
          Dive in <span className="sr-only">“{post.title}”</span> ({formatReadingTime(post.readingTime)}) →
        </JournalLink>
      </p>
    </article>
  );
}
