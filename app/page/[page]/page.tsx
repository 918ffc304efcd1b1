import { notFound, permanentRedirect } from "next/navigation";
import { JournalPage } from "@/components/journal-page";
import { getIndexPage, getLaterIndexPageNumbers } from "@/lib/content/collection";
import { pageMetadata } from "@/lib/publish/metadata";
import { parsePageNumber } from "@/lib/content/pagination";
import { indexNeighbourPaths, indexPagePath } from "@/lib/publish/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ page: string }> };

// Page 1 is "/" (/page/1 redirects there) and pages past the last do not exist: only the pages built here
// answer, others are 404. Page 1 is also what lets a static export build this route at any corpus size.
export const dynamicParams = false;

export function generateStaticParams() {
  return [1, ...getLaterIndexPageNumbers()].map((number) => ({ page: String(number) }));
}

async function pageFor(params: Props["params"]) {
  const number = parsePageNumber((await params).page);
  if (number === 1) permanentRedirect("/");
  if (number === undefined) return undefined;
  return getIndexPage(number);
}

export async function generateMetadata({ params }: Props) {
  const page = await pageFor(params);
  if (!page) return {};
  return pageMetadata({
    title: `Page ${page.number} of ${page.count}`,
    description: site.description,
    path: indexPagePath(page.number),
    pagination: indexNeighbourPaths(page),
  });
}

export default async function JournalIndexPage({ params }: Props) {
  const page = await pageFor(params);
  if (!page) notFound();
  return <JournalPage page={page} />;
}
