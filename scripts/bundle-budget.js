// Fails a production build whose task pane loads more JavaScript up front than the budget:
// what the browser must fetch before the pane shows (the entry's initial chunks), gzip-sized.
// Chunks loaded by import() on demand (exceljs, docx) are not counted.
const { gzipSync } = require("node:zlib");

const PLUGIN = "BundleBudgetPlugin";

class BundleBudgetPlugin {
  /** @param {{ entry: string, maxGzipKiB: number }} options */
  constructor(options) {
    this.entry = options.entry;
    this.maxBytes = options.maxGzipKiB * 1024;
  }

  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.afterCompile.tap(PLUGIN, (compilation) => {
      const entrypoint = compilation.entrypoints.get(this.entry);
      if (!entrypoint) return;
      const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
      const sizes = files.map((file) => ({
        file,
        gzip: gzipSync(compilation.assets[file].buffer(), { level: 9 }).length,
      }));
      const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
      const kib = (n) => (n / 1024).toFixed(1);
      const line = `${this.entry}: initial JavaScript ${kib(total)} KiB gzip (budget ${kib(this.maxBytes)} KiB)`;
      if (total > this.maxBytes) {
        const detail = sizes.map((s) => `  ${s.file}: ${kib(s.gzip)} KiB`).join("\n");
        compilation.errors.push(new WebpackError(`${line}: over by ${kib(total - this.maxBytes)} KiB\n${detail}`));
      } else {
        compilation.getLogger(PLUGIN).info(line);
      }
    });
  }
}

module.exports = { BundleBudgetPlugin };
