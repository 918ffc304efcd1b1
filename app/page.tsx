import { notFound } from "next/navigation";
import { JournalPage } from "@/components/journal-page";
import { getIndexPage } from "@/lib/content/collection";
import { pageMetadata } from "@/lib/publish/metadata";
import { indexNeighbourPaths } from "@/lib/publish/routes";
import { site } from "@/lib/site";

// The first page of the index; later pages are app/page/[page].
const first = getIndexPage(1);

export const metadata = pageMetadata({
  description: site.description,
  path: "/",
  pagination: first && indexNeighbourPaths(first),
});

export default function JournalIndex() {
  // An index always has a first page, even empty; the guard satisfies the type.
  if (!first) notFound();
  return <JournalPage page={first} />;
}
