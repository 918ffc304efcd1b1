import { JournalLink } from "@/components/mdx/journal-link";
import type { Tag } from "@/lib/content/collection";
import { tagPath } from "@/lib/publish/routes";

/** A post's tags, each linking to its tag page. */
export function TagList({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label="Tags" className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <JournalLink
            href={tagPath(tag.slug)}
            className="inline-block rounded-full border border-line px-2.5 py-0.5 font-mono text-xs text-accent hover:border-accent"
          >
            {tag.label}
          </JournalLink>
        </li>
      ))}
    </ul>
  );
}
