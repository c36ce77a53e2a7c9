import { join } from "node:path";
import webpack from "webpack";

/**
 * Bundles the fake's page entry into one script for `page.addInitScript`:
 * `npx tsx test/hosts/excel/fake-office/bundle.ts [out-folder]` writes fake-office.js
 * (default test-output/). Node only; the bundle itself has no Node API.
 */
export function bundleFakeOffice(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    entry: join(__dirname, "browser.ts"),
    output: { path: outDir, filename: "fake-office.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else resolve(join(outDir, "fake-office.js"));
    }),
  );
}

if (require.main === module) {
  bundleFakeOffice(process.argv[2] ?? join(__dirname, "../../../../test-output")).then(
    (file) => process.stdout.write(`${file}\n`),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
