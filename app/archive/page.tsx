import { JournalLink } from "@/components/mdx/journal-link";
import { getArchive } from "@/lib/content/collection";
import { formatDate } from "@/lib/render/format";
import { pageMetadata } from "@/lib/publish/metadata";

export const metadata = pageMetadata({
  title: "Archive",
  description: "Every post of the Flight journal, year by year.",
  path: "/archive",
});

export default function ArchivePage() {
  return (
    <>
      <h1 className="text-4xl font-bold tracking-tight">Archive</h1>
      {getArchive().map(({ year, posts }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-10">
          <h2 id={`year-${year}`} className="border-b border-line pb-2 font-mono text-xl font-semibold">
            {year}
          </h2>
          <ul className="mt-4 space-y-3">
            {posts.map((post) => (
              <li key={post.slug} className="flex flex-col gap-x-6 sm:flex-row sm:items-baseline">
                <time dateTime={post.date} className="shrink-0 font-mono text-sm text-muted sm:w-40">
                  {formatDate(post.date)}
                </time>
                <JournalLink href={post.url} className="font-medium text-balance text-accent hover:underline">
                  {post.title}
                </JournalLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
