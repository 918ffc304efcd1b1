import { tableOfContents, type TocHeading } from "@/lib/render/table-of-contents";

function TocLink({ heading }: { heading: TocHeading }) {
  return (
    <a href={`#${heading.id}`} className="break-words text-accent hover:underline">
      {heading.text}
    </a>
  );
}

/** The sections of a post, linking to its h2/h3 headings; a post of fewer than two headings needs none. */
export function TableOfContents({ headings }: { headings: readonly TocHeading[] }) {
  if (headings.length < 2) return null;
  return (
    <nav
      aria-label="On this page"
      data-print-hidden
      className="mb-10 max-w-measure rounded-lg border border-line bg-panel px-5 py-4 text-sm"
    >
      {/* The landmark's name already says it; this is the visible label. */}
      <p aria-hidden="true" className="font-mono text-xs font-semibold tracking-wide text-muted uppercase">
        On this page
      </p>
      <ol className="mt-3 space-y-1.5">
        {tableOfContents(headings).map((section) => (
          <li key={section.id}>
            <TocLink heading={section} />
            {section.subsections.length > 0 && (
              <ol className="mt-1.5 space-y-1.5 pl-4">
                {section.subsections.map((subsection) => (
                  <li key={subsection.id}>
                    <TocLink heading={subsection} />
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
