import type { JournalPost } from "@/lib/content/content";
import { site } from "@/lib/site";
import { blogPosting, breadcrumbList } from "@/lib/publish/structured-data";
import { JsonLd } from "./json-ld";

export function PostStructuredData({ post }: { post: JournalPost }) {
  return (
    <>
      <JsonLd data={blogPosting({ ...post, author: post.author })} />
      <JsonLd
        data={breadcrumbList([
          { name: site.name, path: "/" },
          { name: post.title, path: post.url },
        ])}
      />
    </>
  );
}
