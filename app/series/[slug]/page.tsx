import { notFound } from "next/navigation";
import { PostEntry } from "@/components/post-entry";
import { getSeries, getSeriesList, getSeriesParts } from "@/lib/content/collection";
import { formatPartCount } from "@/lib/render/format";
import { pageMetadata } from "@/lib/publish/metadata";
import { seriesPath } from "@/lib/publish/routes";

type Props = { params: Promise<{ slug: string }> };

// Only the series of content/series.yml with a part this build shows exist; any other is the site's 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return getSeriesList().map((series) => ({ slug: series.slug }));
}

export async function generateMetadata({ params }: Props) {
  const series = getSeries((await params).slug);
  if (!series) return {};
  return pageMetadata({ title: series.title, description: series.description, path: seriesPath(series.slug) });
}

export default async function SeriesPage({ params }: Props) {
  const series = getSeries((await params).slug);
  if (!series) notFound();
  const parts = getSeriesParts(series.slug);
  return (
    <div data-pagefind-body>
      <header className="mb-10 border-b border-line pb-8">
        <p className="font-mono text-sm text-signal">Series · {formatPartCount(parts.length)}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight text-balance sm:text-4xl">{series.title}</h1>
        <p className="mt-4 max-w-measure leading-relaxed text-muted">{series.description}</p>
      </header>
      <ol aria-label={`Parts of ${series.title}, in reading order`}>
        {parts.map((post, index) => (
          <li key={post.slug}>
            <p className="font-mono text-xs text-muted">Part {index + 1}</p>
            <PostEntry post={post} />
          </li>
        ))}
      </ol>
    </div>
  );
}
