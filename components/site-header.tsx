import Link from "next/link";
import { site } from "@/lib/site";
import { ThemeToggle } from "./theme-toggle";

/** Navigation of the journal: a page appears here once it exists. */
const navigation = [{ href: "/", label: "Journal" }] as const;

export function SiteHeader() {
  return (
    <header data-site-header className="border-b border-white/10 bg-console text-console-ink">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-mono text-sm font-bold tracking-widest uppercase">
          <span aria-hidden="true" className="inline-block size-2 rounded-full bg-console-signal" />
          {site.name}
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm">
          {navigation.map((item) => (
            <Link key={item.href} href={item.href} className="hover:underline">
              {item.label}
            </Link>
          ))}
          <ThemeToggle />
        </nav>
      </div>
    </header>
  );
}
