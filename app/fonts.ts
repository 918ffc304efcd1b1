import localFont from "next/font/local";

// Self-hosted from the npm package, two static weights (each smaller than the variable font,
// docs/performance.md): builds never reach a font CDN.
export const sans = localFont({
  src: [
    { path: "../node_modules/@fontsource/inter/files/inter-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/inter/files/inter-latin-700-normal.woff2", weight: "700", style: "normal" },
  ],
  variable: "--font-inter",
  display: "swap",
});
