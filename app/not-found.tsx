import { JournalLink } from "@/components/mdx/journal-link";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <section className="py-16">
      <p className="font-mono text-sm text-signal">404 · Lost signal</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is off our charts</h1>
      <p className="mt-4 text-muted">The address may be mistyped, or the post may have moved.</p>
      <p className="mt-6">
        <JournalLink href="/" className="font-medium text-accent hover:underline">
          Back to the journal
        </JournalLink>
      </p>
    </section>
  );
}
