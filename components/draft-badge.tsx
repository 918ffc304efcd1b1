import type { PostStatus } from "@/lib/content/publishing";

/** Marks unpublished posts, which only development and preview builds show. */
export function DraftBadge({ status }: { status: PostStatus }) {
  if (status === "published") return null;
  return (
    <span className="ml-2 inline-block rounded border border-warn px-1.5 py-0.5 align-middle font-mono text-xs font-semibold text-warn uppercase">
      {status === "draft" ? "Draft" : "Scheduled"}
    </span>
  );
}
