import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Plain JavaScript config files run in Node.
    files: ["*.mjs"],
    languageOptions: { globals: { process: "readonly" } },
  },
  {
    // Playwright fixtures take their dependencies as a destructured first argument, often empty.
    files: ["tests/e2e/**/*.ts"],
    rules: { "no-empty-pattern": "off" },
  },
  {
    // House style: who may do what to an object is a named policy (lib/<module>/policy.ts) that
    // the page and the action both call, so a page never offers what the action refuses.
    files: ["app/**/page.tsx", "app/**/layout.tsx", "lib/**/pages.ts", "lib/**/*-pages.ts", "lib/**/*-page.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "BinaryExpression[operator=/^[!=]==?$/] > MemberExpression[property.name=/^(role|contractManagerId)$/]",
          message: "Compare roles and contract managers in a policy (lib/<module>/policy.ts), not in a page.",
        },
      ],
    },
  },
  {
    // House style: pages and actions call lib/, never the query builder or the schema directly.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["drizzle-orm", "drizzle-orm/*"], message: "app/ calls lib/; database code lives there." },
            { group: ["@/db/schema", "@/db/schema/*", "**/db/schema"], message: "app/ calls lib/; database code lives there." },
            { group: ["@/db/client", "**/db/client"], message: "app/ calls lib/; database code lives there." },
          ],
        },
      ],
    },
  },
);
