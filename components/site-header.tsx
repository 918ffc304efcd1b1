import { JournalLink } from "@/components/mdx/journal-link";
import { searchBundleUrl } from "@/lib/search/paths";
import { deployment, site } from "@/lib/site";
import { Search } from "./search";
import { ThemeToggle } from "./theme-toggle";

/** Navigation of the journal: a page appears here once it exists. */
const navigation = [
  { href: "/", label: "Journal" },
  { href: "/series", label: "Series" },
  { href: "/tags", label: "Tags" },
  { href: "/authors", label: "Authors" },
  { href: "/archive", label: "Archive" },
] as const;

/**
 * One row from `sm` up. Below it, two: the name and the tools (search, theme) on the first, the navigation on
 * the second, where it scrolls sideways rather than wrapping if a screen is narrower than its links.
 */
export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-white/10 bg-console text-console-ink">
      <div className="mx-auto grid max-w-3xl grid-cols-[1fr_auto] items-center gap-x-6 gap-y-2 px-4 py-3 sm:flex sm:px-6">
        <JournalLink href="/" className="flex items-center gap-2 font-mono text-sm font-bold tracking-widest uppercase">
          <span aria-hidden="true" className="inline-block size-2 rounded-full bg-console-signal" />
          {site.name}
        </JournalLink>
        <nav
          aria-label="Main"
          className="col-span-2 row-start-2 -mx-4 overflow-x-auto px-4 text-sm sm:mx-0 sm:ml-auto sm:overflow-visible sm:px-0"
        >
          <ul className="flex items-center gap-x-4 whitespace-nowrap">
            {navigation.map((item) => (
              <li key={item.href}>
                <JournalLink href={item.href} className="hover:underline">
                  {item.label}
                </JournalLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-x-3 text-sm">
          <Search bundleUrl={searchBundleUrl(deployment.basePath)} />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
