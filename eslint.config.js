// ESLint 9 flat config. Formatting is prettier's job (`prettier --check` in `npm run lint`).
const { defineConfig } = require("eslint/config");
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const react = require("eslint-plugin-react");
const reactHooks = require("eslint-plugin-react-hooks");
const officeAddins = require("eslint-plugin-office-addins");
const prettierConfig = require("eslint-config-prettier");
const globals = require("globals");

module.exports = defineConfig([
  { ignores: ["dist/", "build/", "coverage/", "out/", "test-output/", "node_modules/", "lib/"] },

  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/taskpane/**", "src/commands/**", "src/hosts/excel/**"],
    languageOptions: { globals: globals.browser },
  },

  {
    files: ["src/taskpane/**/*.tsx"],
    extends: [react.configs.flat.recommended, react.configs.flat["jsx-runtime"]],
    plugins: { "react-hooks": reactHooks },
    settings: { react: { version: "detect" } },
    rules: {
      "react/prop-types": "off",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },

  // Microsoft's office-js rules, held as design rules where Excel is called (architecture.md).
  {
    files: ["src/hosts/excel/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
    },
  },

  // The core is pure: no Office, no files, no UI (architecture.md).
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["exceljs", "docx", "react", "react-dom", "@fluentui/*"], message: "src/core is pure TS." },
            { group: ["fs", "path", "node:*"], message: "src/core does no I/O; the hosts do." },
            {
              group: ["**/hosts/**", "**/taskpane/**", "**/cli/**", "**/render/**"],
              message: "core imports only core.",
            },
          ],
        },
      ],
    },
  },

  // Rendering runs in the browser too: no Node modules, no hosts (architecture.md).
  {
    files: ["src/render/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "path", "zlib", "os", "node:*", "@resvg/*"], message: "src/render is host-neutral." },
            {
              group: ["**/hosts/**", "**/taskpane/**", "**/cli/**", "**/app/**"],
              message: "render imports only core and render.",
            },
          ],
        },
      ],
    },
  },
  // The pipeline is host-neutral; the pane reaches a host only through Host, from one factory.
  {
    files: ["src/app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["fs", "path", "node:*", "exceljs", "react", "@fluentui/*"], message: "src/app is host-neutral." },
            { group: ["**/hosts/**", "**/taskpane/**", "**/cli/**"], message: "app imports core and render only." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/taskpane/**"],
    ignores: ["src/taskpane/choose-host.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/hosts/**", "exceljs", "node:*"],
              message: "the pane gets its Host from choose-host.ts.",
            },
          ],
        },
      ],
    },
  },
  // Each host stands on its own: the pane and the CLI reach them through the Host interface.
  {
    files: ["src/hosts/excel/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/hosts/file/**", "**/file/**"], message: "hosts do not import each other." }] },
      ],
    },
  },
  {
    files: ["src/hosts/file/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/hosts/excel/**", "**/excel/**"], message: "hosts do not import each other." }] },
      ],
    },
  },

  prettierConfig,
]);
