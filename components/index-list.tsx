import { JournalLink } from "@/components/mdx/journal-link";

export type IndexEntry = { href: string; title: string; count: string; description: string };

/** The list of an index page (tags, series): each entry's name links to its page, with a count and a line about it. */
export function IndexList({ entries }: { entries: readonly IndexEntry[] }) {
  return (
    <ul className="mt-10 divide-y divide-line border-y border-line">
      {entries.map((entry) => (
        <li key={entry.href} className="py-5">
          <h2 className="flex flex-wrap items-baseline gap-x-3 text-xl font-semibold tracking-tight">
            <JournalLink href={entry.href} className="text-accent hover:underline">
              {entry.title}
            </JournalLink>
            <span className="font-mono text-xs font-normal text-muted">{entry.count}</span>
          </h2>
          <p className="mt-1 leading-relaxed text-muted">{entry.description}</p>
        </li>
      ))}
    </ul>
  );
}
