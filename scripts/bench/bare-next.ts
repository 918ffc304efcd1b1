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

/** Writes the bare app into `dir` (inside the repository, so its imports resolve the journal's node_modules). */
export function writeBareNextApp(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}
