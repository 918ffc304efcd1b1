import { JournalLink } from "@/components/mdx/journal-link";
import { indexNeighbourPaths } from "@/lib/publish/routes";

type Props = { number: number; count: number; previous: number | undefined; next: number | undefined };

/** Newer and older pages of the journal index; nothing when everything fits on one page. */
export function IndexPagination(page: Props) {
  if (page.count === 1) return null;
  const { previous, next } = indexNeighbourPaths(page);
  return (
    <nav
      aria-label="Pages"
      className="mt-10 flex flex-wrap items-center justify-between gap-4 border-t border-line pt-6"
    >
      <p className="text-sm text-muted">
        Page {page.number} of {page.count}
      </p>
      <div className="flex gap-6 font-medium">
        {previous && (
          <JournalLink href={previous} rel="prev" className="text-accent hover:underline">
            ← Newer posts
          </JournalLink>
        )}
        {next && (
          <JournalLink href={next} rel="next" className="text-accent hover:underline">
            Older posts →
          </JournalLink>
        )}
      </div>
    </nav>
  );
}
