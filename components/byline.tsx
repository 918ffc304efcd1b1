import { formatDate } from "@/lib/render/format";

/** "by AUTHOR on DATE", the seed index's wording. */
export function Byline({ author, date }: { author: string; date: string }) {
  return (
    <p className="text-sm text-muted">
      by <span className="font-medium text-ink">{author}</span> on <time dateTime={date}>{formatDate(date)}</time>
    </p>
  );
}
