/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  // Component tests (test/taskpane) choose jsdom per file with a `@jest-environment jsdom` docblock.
  // Type checking runs once in `npm run typecheck`; tests only transpile.
  transform: { "^.+\\.tsx?$": ["ts-jest", {}] },
};
