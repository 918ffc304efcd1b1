import { IndexList } from "@/components/index-list";
import { getPostsByTag, getTags } from "@/lib/content/collection";
import { formatPostCount } from "@/lib/render/format";
import { pageMetadata } from "@/lib/publish/metadata";
import { tagPath } from "@/lib/publish/routes";

export const metadata = pageMetadata({
  title: "Tags",
  description: "The subjects the Flight journal covers, from payments basics to infrastructure.",
  path: "/tags",
});

export default function TagsIndex() {
  return (
    <>
      <h1 className="text-4xl font-bold tracking-tight">Tags</h1>
      <IndexList
        entries={getTags().map((tag) => ({
          href: tagPath(tag.slug),
          title: tag.label,
          count: formatPostCount(getPostsByTag(tag.slug).length),
          description: tag.description,
        }))}
      />
    </>
  );
}
