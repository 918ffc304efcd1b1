import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// What a test file may change of its process only in a hook or a test, and put back there.
const PROCESS_CHANGES = [
  "AssignmentExpression[left.object.object.name='process'][left.object.property.name='env']",
  "AssignmentExpression[left.object.name='process'][left.property.name='env']",
  "UnaryExpression[operator='delete'][argument.object.object.name='process'][argument.object.property.name='env']",
  "CallExpression[callee.object.name='process'][callee.property.name='chdir']",
  "CallExpression[callee.object.name='Object'][callee.property.name='assign'][arguments.0.object.name='process']",
];
const PROCESS_MESSAGE =
  "process.env and the working directory are the process's: change them in a hook, put them back.";

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
    files: ["**/*.test.{ts,tsx}"],
    ignores: ["test/unit/**"],
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
        // Outside any function, or in a describe() body: both run at import, for the whole process.
        ...PROCESS_CHANGES.flatMap((change) => [
          { selector: `${change}:not(:function ${change})`, message: PROCESS_MESSAGE },
          {
            selector: `CallExpression[callee.name='describe'] > :function > BlockStatement > ExpressionStatement > ${change}`,
            message: PROCESS_MESSAGE,
          },
        ]),
      ],
    },
  },
  {
    files: ["components/mdx/journal-link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
