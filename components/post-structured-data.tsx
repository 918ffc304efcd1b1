import type { JournalPost, SeriesEntry } from "@/lib/content/collection";
import { site } from "@/lib/site";
import { blogPosting, breadcrumbList } from "@/lib/publish/structured-data";
import { JsonLd } from "./json-ld";

export function PostStructuredData({ post, series }: { post: JournalPost; series?: SeriesEntry | undefined }) {
  return (
    <>
      <JsonLd data={blogPosting({ ...post, author: post.author }, series)} />
      <JsonLd
        data={breadcrumbList([
          { name: site.name, path: "/" },
          { name: post.title, path: post.url },
        ])}
      />
    </>
  );
}
