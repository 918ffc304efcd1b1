import localFont from "next/font/local";

// Self-hosted from the npm package: builds never reach a font CDN.
export const sans = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  weight: "100 900",
  display: "swap",
});
