import Link from "next/link";
import { getPostsByTag, getTags } from "@/lib/content/content";
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
      <ul className="mt-10 divide-y divide-line border-y border-line">
        {getTags().map((tag) => (
          <li key={tag.slug} className="py-5">
            <h2 className="flex flex-wrap items-baseline gap-x-3 text-xl font-semibold tracking-tight">
              <Link href={tagPath(tag.slug)} className="text-accent hover:underline">
                {tag.label}
              </Link>
              <span className="font-mono text-xs font-normal text-muted">
                {formatPostCount(getPostsByTag(tag.slug).length)}
              </span>
            </h2>
            <p className="mt-1 leading-relaxed text-muted">{tag.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
