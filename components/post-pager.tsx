import { JournalLink } from "@/components/mdx/journal-link";
import type { JournalPost } from "@/lib/content/collection";

type Props = { previous: JournalPost | undefined; next: JournalPost | undefined };

/** The next older and next newer posts, so a reader can walk the journal in date order. */
export function PostPager({ previous, next }: Props) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next posts" data-print-hidden className="mt-12 grid gap-4 sm:grid-cols-2">
      {previous && (
        <JournalLink
          href={previous.url}
          rel="prev"
          className="rounded-lg border border-line p-4 hover:border-accent sm:col-start-1"
        >
          <span className="block text-sm text-muted">← Previous post</span>
          <span className="mt-1 block font-semibold text-balance text-accent">{previous.title}</span>
        </JournalLink>
      )}
      {next && (
        <JournalLink
          href={next.url}
          rel="next"
          className="rounded-lg border border-line p-4 text-right hover:border-accent sm:col-start-2"
        >
          <span className="block text-sm text-muted">Next post →</span>
          <span className="mt-1 block font-semibold text-balance text-accent">{next.title}</span>
        </JournalLink>
      )}
    </nav>
  );
}
