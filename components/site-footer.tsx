import { JournalLink } from "@/components/mdx/journal-link";
import { feeds, localPath, site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer data-site-footer className="border-t border-line">
      <div className="mx-auto flex max-w-3xl flex-wrap justify-between gap-2 px-4 py-8 text-sm text-muted sm:px-6">
        <p>
          {site.name}, the engineering blog of{" "}
          <a className="underline hover:text-ink" href={site.company.url}>
            {site.company.name}
          </a>
        </p>
        <p>
          <JournalLink className="underline hover:text-ink" href="/feeds">
            Feeds
          </JournalLink>
          :{" "}
          {Object.values(feeds).map((feed, index) => (
            <span key={feed.path}>
              {index > 0 && " · "}
              <a className="underline hover:text-ink" href={localPath(feed.path)} type={feed.type}>
                {feed.name}
              </a>
            </span>
          ))}
        </p>
        <p className="font-mono text-xs text-signal">All systems nominal</p>
      </div>
    </footer>
  );
}
