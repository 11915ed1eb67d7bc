import js from "@eslint/js";
import tseslint from "typescript-eslint";

// What a person reads as a number or date is formatted in lib/format.ts and the clock is read in
// lib/time.ts, so the Dutch look (decimal comma, thousands dots, precision by unit, Amsterdam time)
// cannot drift between screens, PDFs, e-mails and exports.
const FORMAT_IN_ONE_PLACE = [
  {
    selector: "NewExpression[callee.type='MemberExpression'][callee.object.name='Intl']",
    message:
      "Format numbers and dates with lib/format.ts (formatNumber, formatMeasure, formatPercent, formatDate, formatDay...) and read the clock with lib/time.ts (amsterdamToday, amsterdamYear, amsterdamParts).",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]",
    message:
      "Use lib/format.ts (formatNumber, formatEuroCents, formatDate, formatDateTime): the server's locale and time zone are not the user's.",
  },
  {
    selector: "CallExpression[callee.property.name='toFixed']",
    message:
      "Use lib/format.ts for a number a person reads (formatNumber, formatFixed, formatMeasure) and roundDecimal from lib/decimal.ts for a value to store.",
  },
  {
    selector: "CallExpression[callee.property.name='replace'][arguments.0.value='.']",
    message: "Use decimalInput from lib/format.ts to put a decimal back into an input, or formatNumber to show it.",
  },
  {
    // A regular expression that is only a dot: /\./g or /[.]/.
    selector: String.raw`CallExpression[callee.property.name='replace'][arguments.0.regex.pattern=/^(\\\.|\[\.\])$/]`,
    message: "Use decimalInput from lib/format.ts to put a decimal back into an input, or formatNumber to show it.",
  },
];

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "db/migrations/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{ts,tsx,mjs}"],
    // The spreadsheet and CSV writers write machine-readable cells (a plain decimal, a comma for
    // Dutch Excel), not text for a person; tests build expected strings; benchmarks print timings.
    ignores: ["lib/format.ts", "lib/time.ts", "lib/spreadsheet/**", "lib/csv.ts", "tests/**", "scripts/bench/**"],
    rules: { "no-restricted-syntax": ["error", ...FORMAT_IN_ONE_PLACE] },
  },
  {
    // Plain JavaScript config files run in Node.
    files: ["*.mjs"],
    languageOptions: { globals: { process: "readonly" } },
  },
  {
    // The scripts Node runs without tsx (npm start's server among them) use its globals.
    files: ["scripts/**/*.mjs"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
      },
    },
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
