import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ContentProblemsBanner } from "@/components/content-problems-banner";
import { PreviewBanner } from "@/components/preview-banner";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { devContentProblems } from "@/lib/check/dev-report";
import { journalCard } from "@/lib/publish/card-address";
import { feedAlternates, socialImage } from "@/lib/publish/metadata";
import { deployment, site } from "@/lib/site";
import { sans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: site.url,
  title: { default: `${site.name} · ${site.company.name}`, template: `%s · ${site.name}` },
  description: site.description,
  applicationName: site.name,
  alternates: { types: feedAlternates },
  // The journal's card, for pages without metadata of their own (the 404); every other page sets its own.
  openGraph: { images: [socialImage(journalCard)] },
  // Previews and development builds: <meta name="robots" content="noindex, nofollow"> on every page.
  ...(!deployment.indexable && { robots: { index: false, follow: false } }),
};

export const viewport: Viewport = { themeColor: "#0b1220", colorScheme: "light dark" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme before hydration; React must not treat that as a mismatch.
    <html lang={site.locale} className={sans.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          data-print-hidden
          href="#content"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-panel focus:px-3 focus:py-2 focus:text-ink"
        >
          Skip to content
        </a>
        <ContentProblemsBanner problems={devContentProblems()} />
        <PreviewBanner />
        <SiteHeader />
        <main id="content" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10 sm:px-6">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
