import { JournalLink } from "@/components/mdx/journal-link";
import type { Ref } from "react";
import type { SearchHit } from "@/lib/search/results";

type Props = { hits: readonly SearchHit[]; listRef: Ref<HTMLUListElement>; onPick: () => void };

/** The dialog's results: each a link with the post's title and an excerpt with its matches marked. */
export function SearchResults({ hits, listRef, onPick }: Props) {
  return (
    <ul ref={listRef} className="mt-2 space-y-1">
      {hits.map((hit) => (
        <li key={hit.url}>
          <JournalLink
            href={hit.url}
            onClick={onPick}
            className="block rounded px-3 py-2 hover:bg-highlight focus-visible:bg-highlight"
          >
            <span className="block font-semibold text-accent">{hit.title}</span>
            <span className="mt-1 block text-sm text-muted">
              {hit.excerpt.map((part, index) =>
                part.mark ? (
                  <mark key={index} className="rounded-sm bg-accent/15 px-0.5 font-semibold text-ink">
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
            </span>
          </JournalLink>
        </li>
      ))}
    </ul>
  );
}
