import Link from "next/link";
import { site } from "@/lib/site";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-800 bg-console text-slate-100">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-mono text-sm font-semibold tracking-widest uppercase">
          <span aria-hidden="true" className="inline-block size-2 rounded-full bg-emerald-400" />
          {site.name}
        </Link>
        <a href={site.company.url} className="text-sm text-slate-300 hover:text-white">
          {site.company.name}
        </a>
      </div>
    </header>
  );
}
