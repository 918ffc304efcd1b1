/**
 * A bare Next.js app (one heading and one paragraph, no CSS, no fonts) built from the journal's own
 * node_modules: what the framework alone ships and costs. The bench measures it in the same run as the
 * journal, so "no more blocking time than the framework alone" compares pages under the same load.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const files: Record<string, string> = {
  "next.config.mjs": "export default {};\n",
  "app/layout.jsx": `export const metadata = { title: "A bare Next.js page" };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>One heading and one paragraph: what the framework alone ships and costs.</p>
    </main>
  );
}
`,
};

// The same page, prerendered `pages` times over (one route, a static param each), on as many static-generation
// workers as the journal uses: what `next build` alone costs for a site of the journal's size.
const siteFiles = (pages: number): Record<string, string> => ({
  ...files,
  "next.config.mjs": `import { availableParallelism } from "node:os";
export default { experimental: { cpus: availableParallelism() } };
`,
  "app/pages/[n]/page.jsx": `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${pages - 1} }, (_, n) => ({ n: String(n + 1) }));
}
export default async function Page({ params }) {
  const { n } = await params;
  return (
    <main>
      <h1>Bare page {n}</h1>
      <p>One heading and one paragraph: what the framework alone costs per page.</p>
    </main>
  );
}
`,
});

function write(dir: string, app: Record<string, string>): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, source] of Object.entries(app)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

/** Writes the bare app into `dir` (inside the repository, so its imports resolve the journal's node_modules). */
export const writeBareNextApp = (dir: string): string => write(dir, files);

/**
 * Writes a bare site of `pages` prerendered pages into `dir` (the index, then the same page `pages` − 1 times over):
 * goal 1's floor, what Next alone takes to build as many pages as the journal does (scripts/bench/baseline.ts).
 */
export const writeBareNextSite = (dir: string, pages: number): string => write(dir, siteFiles(pages));
