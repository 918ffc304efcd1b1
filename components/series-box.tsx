import { JournalLink } from "@/components/mdx/journal-link";
import type { getSeriesOf } from "@/lib/content/collection";
import { seriesPath } from "@/lib/publish/routes";
import { DraftBadge } from "./draft-badge";

type Place = NonNullable<ReturnType<typeof getSeriesOf>>;

/** Near a part's top: which part of which series it is, and every part, the current one marked. */
export function SeriesBox({ place }: { place: Place }) {
  const { series, parts, number } = place;
  return (
    <nav
      aria-label={`Series: ${series.title}`}
      data-series-box
      data-print-hidden
      className="mb-10 max-w-measure rounded-lg border border-line bg-panel px-5 py-4 text-sm"
    >
      <p className="font-mono text-xs font-semibold tracking-wide text-muted uppercase">
        Part {number} of {parts.length} ·{" "}
        <JournalLink href={seriesPath(series.slug)} className="text-accent normal-case underline underline-offset-4">
          {series.title}
        </JournalLink>
      </p>
      <ol className="mt-3 list-decimal space-y-1.5 pl-5">
        {parts.map((part, index) =>
          index + 1 === number ? (
            <li key={part.slug} aria-current="page" className="font-semibold text-ink">
              {part.title}
              <DraftBadge status={part.status} />
            </li>
          ) : (
            <li key={part.slug}>
              <JournalLink href={part.url} className="text-accent hover:underline">
                {part.title}
              </JournalLink>
              <DraftBadge status={part.status} />
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}

/** At a part's end: the next part, or word that this is the last one so far. */
export function SeriesNext({ place }: { place: Place }) {
  const { series, next } = place;
  return (
    <aside
      aria-label={`Next in ${series.title}`}
      data-series-next
      data-print-hidden
      className="mt-10 max-w-measure rounded-lg border border-line bg-panel px-5 py-4 text-sm"
    >
      {next ? (
        <p>
          <span className="text-muted">Next in {series.title}: </span>
          <JournalLink href={next.url} className="font-semibold text-accent underline underline-offset-4">
            {next.title}
          </JournalLink>
          <DraftBadge status={next.status} />
        </p>
      ) : (
        <p className="text-muted">
          This is the last part of{" "}
          <JournalLink href={seriesPath(series.slug)} className="text-accent underline underline-offset-4">
            {series.title}
          </JournalLink>{" "}
          so far.
        </p>
      )}
    </aside>
  );
}
