/**
 * The framework's floor: a bare Next.js site prerendering as many pages as the journal's build (one heading and
 * one paragraph each, on as many workers), built from the journal's node_modules. What `next build` alone costs
 * before the journal does anything.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const files = (pages: number): Record<string, string> => ({
  "next.config.mjs": `import { availableParallelism } from "node:os";
export default { experimental: { cpus: availableParallelism() } };
`,
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": "export default function Page() {\n  return <h1>A bare Next.js site</h1>;\n}\n",
  "app/pages/[n]/page.jsx": `export const dynamicParams = false;
export function generateStaticParams() {
  return Array.from({ length: ${Math.max(pages - 1, 1)} }, (_, n) => ({ n: String(n + 1) }));
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

/** Writes the site into `dir` (inside the repository, so its imports resolve the journal's node_modules). */
export function writeBareSite(dir: string, pages: number): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, source] of Object.entries(files(pages))) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}
