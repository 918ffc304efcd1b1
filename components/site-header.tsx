import Link from "next/link";
import { searchBundleUrl } from "@/lib/search/paths";
import { deployment, site } from "@/lib/site";
import { Search } from "./search";
import { ThemeToggle } from "./theme-toggle";

/** Navigation of the journal: a page appears here once it exists. */
const navigation = [
  { href: "/", label: "Journal" },
  { href: "/tags", label: "Tags" },
  { href: "/authors", label: "Authors" },
  { href: "/archive", label: "Archive" },
] as const;

export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-white/10 bg-console text-console-ink">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-mono text-sm font-bold tracking-widest uppercase">
          <span aria-hidden="true" className="inline-block size-2 rounded-full bg-console-signal" />
          {site.name}
        </Link>
        <nav aria-label="Main" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          {navigation.map((item) => (
            <Link key={item.href} href={item.href} className="hover:underline">
              {item.label}
            </Link>
          ))}
          <Search bundleUrl={searchBundleUrl(deployment.basePath)} />
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
