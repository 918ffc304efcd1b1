import { notFound } from "next/navigation";
import { JournalPage } from "@/components/journal-page";
import { getIndexPage, getLaterIndexPageNumbers } from "@/lib/content";
import { pageMetadata } from "@/lib/metadata";
import { parsePageNumber } from "@/lib/pagination";
import { indexNeighbourPaths, indexPagePath } from "@/lib/routes";
import { site } from "@/lib/site";

type Props = { params: Promise<{ page: string }> };

// Page 1 is "/" and pages past the last do not exist: only the pages built here answer, others are 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getLaterIndexPageNumbers().map((number) => ({ page: String(number) }));
}

async function pageFor(params: Props["params"]) {
  const number = parsePageNumber((await params).page);
  return number === undefined || number === 1 ? undefined : getIndexPage(number);
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
