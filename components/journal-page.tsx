import type { JournalPost } from "@/lib/content/collection";
import type { Page } from "@/lib/content/pagination";
import { site } from "@/lib/site";
import { IndexPagination } from "./index-pagination";
import { PostEntry } from "./post-entry";

/** One page of the journal index: the seed's header and entries, then links to the other pages. */
export function JournalPage({ page }: { page: Page<JournalPost> }) {
  return (
    <>
      <header className="mb-10">
        <h1 className="text-4xl font-bold tracking-tight sm:text-display">{site.name}</h1>
        <p className="mt-3 font-mono text-sm tracking-wide text-signal">{site.tagline}</p>
      </header>
      <section aria-label={page.number === 1 ? "Posts" : `Posts, page ${page.number}`}>
        {page.items.map((post) => (
          <PostEntry key={post.slug} post={post} />
        ))}
      </section>
      <IndexPagination {...page} />
    </>
  );
}
