import localFont from "next/font/local";

// Self-hosted from the npm package, two static weights of ~24 KB each (the variable font is 48 KB):
// builds never reach a font CDN, and no font file exceeds the 30 KB budget.
export const sans = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-inter",
  display: "swap",
});
