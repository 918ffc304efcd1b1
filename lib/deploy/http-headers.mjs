// The journal's response headers, one source for every host: next.config.mjs (next start, Vercel), a static
// export's _headers (Cloudflare Pages, Netlify) and vercel.json, the nginx snippet in docs/deployment.md and
// the static server of the end-to-end tests. Plain JavaScript (types in http-headers.d.mts): next.config.mjs
// loads it before anything is compiled.

/**
 * Content-Security-Policy, as strict as a statically rendered Next app allows:
 * - scripts from the journal only, plus inline ones: Next streams each page's data as inline
 *   `self.__next_f.push(…)` scripts and the theme script runs before first paint. Nonces need a server
 *   rendering every request and hashes differ on every page, so a static page can't do without
 *   'unsafe-inline'. 'wasm-unsafe-eval' lets search compile Pagefind's WebAssembly (not eval of JavaScript);
 * - styles from the journal, plus inline style attributes (next/image reserves an image's box with one);
 * - images from the journal and data: URLs (inline SVG backgrounds), fetches to the journal only (search);
 * - no plugins, no <base> elsewhere, no framing, forms post to the journal only.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * Sent with every response.
 * @param {{ indexable: boolean }} options
 * @returns {import("./http-headers.d.mts").Header[]}
 */
export function securityHeaders({ indexable }) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy },
    // Two years, subdomains included: the journal is HTTPS only. Browsers ignore it over plain HTTP.
    { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    ...(indexable ? [] : [{ key: "X-Robots-Tag", value: "noindex, nofollow" }]),
  ];
}

/** Files whose names carry a hash of their content (Next's /_next/static): cached by everyone for a year. */
export const immutableCache = "public, max-age=31536000, immutable";

/**
 * Everything else (pages, feeds, the sitemap, social cards, public files): browsers revalidate, the CDN keeps
 * a copy for five minutes and may serve it for a day more while it fetches the new one, so a published post
 * reaches readers within minutes and a slow origin never shows.
 */
export const shortLivedCache = "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/** The folders of hashed files, under the base path: Next's, and the image step's (lib/media/manifest.ts). */
const hashedFolder = "/_next/static";
const mediaFolder = "/_media";

/** For the posts' images: nothing runs, nothing loads but the file's own styles and embedded pictures. */
export const mediaSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

/**
 * The rules, host-neutral: a path pattern ("*" matches any characters, "/" included) and its headers. A
 * later rule's header replaces an earlier rule's header of the same name where both match.
 * @param {{ basePath: string, indexable: boolean }} options
 * @returns {import("./http-headers.d.mts").HeaderRule[]}
 */
export function headerRules({ basePath, indexable }) {
  return [
    {
      path: `${basePath}/*`,
      headers: [...securityHeaders({ indexable }), { key: "Cache-Control", value: shortLivedCache }],
    },
    // Social cards are there too (/_next/static/cards/): their names are a hash of what they draw.
    { path: `${basePath}${hashedFolder}/*`, headers: [{ key: "Cache-Control", value: immutableCache }] },
    // The posts' images, named by a hash of their source (lib/media/). An SVG opened at its own address is a
    // document on the journal's origin: this policy keeps it from running or loading anything, whatever slipped
    // past the SVG rules (a raster image ignores it).
    {
      path: `${basePath}${mediaFolder}/*`,
      headers: [
        { key: "Cache-Control", value: immutableCache },
        { key: "Content-Security-Policy", value: mediaSecurityPolicy },
      ],
    },
  ];
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @param {string} pattern */
const patternRegExp = (pattern) => pattern.split("*").map(escapeRegExp).join(".*");

/**
 * For next.config.mjs `headers()`. Next adds the base path to sources itself, and sets the type of what it
 * generates.
 * @param {{ indexable: boolean }} options
 */
export function nextHeaders({ indexable }) {
  return headerRules({ basePath: "", indexable }).map((rule) => ({
    source: rule.path.replace(/\*$/, ":path*"),
    headers: rule.headers,
  }));
}

/**
 * `_headers` for Cloudflare Pages (and Netlify, which reads the same file). Matching rules add up there, so a
 * later rule first detaches ("! Name") what an earlier one set.
 * @param {{ basePath: string, indexable: boolean }} options
 */
export function headersFile(options) {
  const rules = headerRules(options);
  const blocks = rules.map((rule, index) => {
    const earlier = new Set(rules.slice(0, index).flatMap((previous) => previous.headers.map((header) => header.key)));
    const lines = [rule.path];
    for (const header of rule.headers) {
      if (earlier.has(header.key)) lines.push(`  ! ${header.key}`);
      lines.push(`  ${header.key}: ${header.value}`);
    }
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

/**
 * `vercel.json` for a static export deployed to Vercel: its last matching rule wins a header.
 * @param {{ basePath: string, indexable: boolean }} options
 */
export function vercelConfig(options) {
  return {
    cleanUrls: true,
    trailingSlash: false,
    // Vercel's sources are path-to-regexp patterns: "(.*)" is its splat.
    headers: headerRules(options).map((rule) => ({ source: rule.path.replaceAll("*", "(.*)"), headers: rule.headers })),
  };
}

/**
 * The `server` block lines that serve a static export from `root` with nginx. add_header does not carry into
 * a location that has its own, so each location repeats every header that applies to it; a type goes in
 * default_type (add_header would send a second Content-Type).
 * @param {{ basePath: string, indexable: boolean, root: string }} options
 */
export function nginxConfig({ basePath, indexable, root }) {
  const [site, hashed, ...others] = headerRules({ basePath, indexable });
  if (!site || !hashed) throw new Error("nginxConfig: the site and hashed-file rules are missing");
  /** @param {import("./http-headers.d.mts").Header[]} headers */
  const directives = (headers) =>
    [...new Map(headers.map((header) => [header.key, header.value]))].map(([key, value]) =>
      key === "Content-Type" ? `    default_type ${value};` : `    add_header ${key} "${value}" always;`,
    );
  const block = (/** @type {string} */ head, /** @type {import("./http-headers.d.mts").Header[]} */ headers) =>
    [`  location ${head} {`, ...directives(headers), "    try_files $uri $uri.html $uri/index.html =404;", "  }"].join(
      "\n",
    );
  return [
    `  root ${root};`,
    `  error_page 404 ${basePath}/404.html;`,
    "  server_tokens off;",
    block(site.path.replace(/\*$/, ""), site.headers),
    block(`^~ ${hashed.path.replace(/\*$/, "")}`, [...site.headers, ...hashed.headers]),
    ...others.map((rule) => block(`~ ^${patternRegExp(rule.path)}$`, [...site.headers, ...rule.headers])),
  ].join("\n");
}

/**
 * The configuration of the `serve` static server (serve-handler) used by the end-to-end tests: the folder
 * served as a static host would (clean URLs, its 404.html, no directory listings) with these headers on
 * every file of the folder, the 404 page included (serve-handler lets the last matching rule win).
 * @param {{ indexable: boolean }} options
 */
export function serveConfig({ indexable }) {
  return {
    cleanUrls: true,
    trailingSlash: false,
    directoryListing: false,
    headers: [
      ...headerRules({ basePath: "", indexable }).map((rule) => ({
        // minimatch globs, matched against the file's path from the served folder, at any depth (base paths).
        source: `**${rule.path.replace("*", "**/*")}`.replace("**/**/", "**/"),
        headers: rule.headers,
      })),
      // serve-handler's table of media types predates AVIF: its files would go out with no type at all.
      { source: "**/_media/**/*.avif", headers: [{ key: "Content-Type", value: "image/avif" }] },
    ],
  };
}
