import Link from "next/link";
import { getSeriesList, getSeriesParts } from "@/lib/content/content";
import { formatPartCount } from "@/lib/render/format";
import { pageMetadata } from "@/lib/publish/metadata";
import { seriesPath } from "@/lib/publish/routes";

export const metadata = pageMetadata({
  title: "Series",
  description: "Posts of the Flight journal that are meant to be read in order.",
  path: "/series",
});

export default function SeriesIndex() {
  return (
    <div data-pagefind-body>
      <h1 className="text-4xl font-bold tracking-tight">Series</h1>
      <ul className="mt-10 divide-y divide-line border-y border-line">
        {getSeriesList().map((series) => (
          <li key={series.slug} className="py-5">
            <h2 className="flex flex-wrap items-baseline gap-x-3 text-xl font-semibold tracking-tight">
              <Link href={seriesPath(series.slug)} className="text-accent hover:underline">
                {series.title}
              </Link>
              <span className="font-mono text-xs font-normal text-muted">
                {formatPartCount(getSeriesParts(series.slug).length)}
              </span>
            </h2>
            <p className="mt-1 leading-relaxed text-muted">{series.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
