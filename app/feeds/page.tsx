import { getAuthors, getTags } from "@/lib/content/collection";
import { authorFeedScope, tagFeedScope } from "@/lib/publish/feed-scopes";
import type { FeedScope } from "@/lib/publish/feeds";
import { pageMetadata } from "@/lib/publish/metadata";
import { feedFormats, feedPath, feeds, localPath, site } from "@/lib/site";

export const metadata = pageMetadata({
  title: "Feeds",
  description: "Follow the Flight journal, one of its authors or one of its subjects, in any feed reader.",
  path: "/feeds",
});

function FeedLinks({ name, scope }: { name: string; scope: string }) {
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
      <span className="font-medium">{name}</span>
      <span className="text-sm">
        {feedFormats.map((format, index) => (
          <span key={format}>
            {index > 0 && " · "}
            <a
              href={localPath(feedPath(format, scope))}
              type={feeds[format].type}
              className="text-accent underline"
              aria-label={`${name}, ${feeds[format].name}`}
            >
              {feeds[format].name}
            </a>
          </span>
        ))}
      </span>
    </li>
  );
}

function FeedGroup({ title, scopes }: { title: string; scopes: readonly (FeedScope | undefined)[] }) {
  return (
    <section className="mt-10">
      <h2 className="text-xl font-semibold tracking-tight">{title}</h2>
      <ul className="mt-3 divide-y divide-line border-y border-line">
        {scopes.map(
          (scope) =>
            scope && <FeedLinks key={scope.path} name={scope.title.replace(`${site.name}: `, "")} scope={scope.path} />,
        )}
      </ul>
    </section>
  );
}

export default function FeedsPage() {
  return (
    <>
      <h1 className="text-4xl font-bold tracking-tight">Feeds</h1>
      <p className="mt-4 max-w-measure leading-relaxed text-muted">
        Every feed carries the full text of the latest {site.feedItems} posts, in RSS 2.0, Atom 1.0 and JSON Feed 1.1:
        pick the format your reader prefers.
      </p>
      <section className="mt-10">
        <h2 className="text-xl font-semibold tracking-tight">The whole journal</h2>
        <ul className="mt-3 divide-y divide-line border-y border-line">
          <FeedLinks name={site.name} scope="" />
        </ul>
      </section>
      <FeedGroup title="By author" scopes={getAuthors().map((author) => authorFeedScope(author.slug))} />
      <FeedGroup title="By tag" scopes={getTags().map((tag) => tagFeedScope(tag.slug))} />
    </>
  );
}
