import { PostEntry } from "@/components/post-entry";
import { getPosts } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { site } from "@/lib/site";

export const metadata = pageMetadata({ description: site.description, path: "/" });

export default function JournalIndex() {
  const posts = getPosts();
  return (
    <>
      <header className="mb-10">
        <h1 className="text-4xl font-bold tracking-tight sm:text-display">{site.name}</h1>
        <p className="mt-3 font-mono text-sm tracking-wide text-signal">{site.tagline}</p>
      </header>
      <section aria-label="Posts">
        {posts.map((post) => (
          <PostEntry key={post.slug} post={post} />
        ))}
      </section>
    </>
  );
}
