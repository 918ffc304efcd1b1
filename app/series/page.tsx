import { IndexList } from "@/components/index-list";
import { getSeriesList, getSeriesParts } from "@/lib/content/collection";
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
      <IndexList
        entries={getSeriesList().map((series) => ({
          href: seriesPath(series.slug),
          title: series.title,
          count: formatPartCount(getSeriesParts(series.slug).length),
          description: series.description,
        }))}
      />
    </div>
  );
}
