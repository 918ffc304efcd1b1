/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The end-to-end tests build production and preview side by side (e2e/serve.sh).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
