import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

const config = [
  {
    ignores: [
      ".next/**",
      ".contentlayer/**",
      "out/**",
      ".tmp/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.ts", "**/*.tsx"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      // Links prefetch on a reader's intent, not on sight: one module decides how (components/mdx/journal-link.tsx).
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: "Use JournalLink from components/mdx/journal-link.tsx." }] },
      ],
    },
  },
  {
    files: ["components/mdx/journal-link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
