import { JournalLink } from "@/components/mdx/journal-link";

/** A problem as `npm run check` prints it, and the page of the post it is about (structurally lib/check's DevProblem). */
type Problem = { text: string; href?: string | undefined };

/**
 * In `npm run dev`, on every page: the content check's current problems, so an author sees them where they
 * write rather than as a missing or stale page. Each links to its post's page, which shows this banner even
 * when the post could not be generated. Renders nothing when there is no problem (always, outside dev).
 */
export function ContentProblemsBanner({ problems }: { problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  const count = `${problems.length} content problem${problems.length === 1 ? "" : "s"}`;
  return (
    <section
      aria-labelledby="content-problems-title"
      data-content-problems
      data-print-hidden
      className="border-b-4 border-warn bg-panel text-ink"
    >
      <div className="mx-auto max-w-3xl px-4 py-3 text-sm sm:px-6">
        <h2 id="content-problems-title" className="font-semibold text-warn">
          {count}: the journal shows what it could build. Fix the file and reload.
        </h2>
        <ul className="mt-2 space-y-1">
          {problems.map((problem, index) => (
            <li key={index} className="break-words">
              <code className="font-mono text-xs">{problem.text}</code>
              {problem.href ? (
                <>
                  {" "}
                  <JournalLink href={problem.href} className="text-accent underline">
                    {problem.href}
                  </JournalLink>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-muted">
          The same list as <code className="font-mono">npm run check</code>; docs/authoring.md explains each message.
        </p>
      </div>
    </section>
  );
}
