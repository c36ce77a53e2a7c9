// eslint-disable-next-line @typescript-eslint/no-require-imports
const build = require("../scripts/build-cli.js") as { buildCliSync: (outfile?: string) => string };

/**
 * The command line as it ships (`npm run build:cli`: lib/cli.js, one CommonJS file,
 * dependencies external). The benchmarks run this file, so they measure what a user runs.
 */
export function buildCli(): string {
  return build.buildCliSync();
}
