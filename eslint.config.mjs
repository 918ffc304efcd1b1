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
    // Unit test files share a process (test/unit/files.ts): each leaves nothing behind in it.
    files: ["{lib,components,scripts}/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.name='describe'] > :function[async=true]",
          message: "describe() runs its body at import, while other files' tests run: await in a before() hook.",
        },
        {
          selector: "Program > ExpressionStatement > CallExpression[callee.name=/^(before|beforeEach|afterEach)$/]",
          message: "A hook outside describe() runs for every test file of the process: put it inside a describe().",
        },
        {
          selector:
            "Program > ExpressionStatement > :matches(AssignmentExpression[left.object.property.name='env'], " +
            "UnaryExpression[operator='delete'], CallExpression[callee.property.name='chdir'])",
          message: "process.env and the working directory are the process's: change them in a hook and put them back.",
        },
      ],
    },
  },
  {
    files: ["components/mdx/journal-link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
