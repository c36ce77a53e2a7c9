// Builds the task pane and the ribbon function file into dist/, with office.js and the icons
// copied beside them so the add-in loads nothing from the internet (intranet deployments).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { BundleBudgetPlugin } = require("./scripts/bundle-budget");

const DEV_URL = "https://localhost:3000/";
const DEFAULT_PROD_URL = "https://jixiao.example.gov.cn/addin/";
const OFFICE_JS_DIR = path.join(__dirname, "node_modules/@microsoft/office-js/dist");

// office.js loads its host file (<host>-<platform>-<version>.js), the strings of the Office locale
// (other locales fall back to en-us) and its telemetry sink to the host from its own folder; outside
// Office it loads the O15 mapping table, then reports host null. ariatelemetry/ (a logger that posts
// straight to Microsoft from old builds) is left out on purpose: nothing leaves the intranet.
const OFFICE_JS_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-win32-16.01.js",
  "excel-win32-16.00.js",
  "excel-mac-16.00.js",
  "excel-web-16.00.js",
  "excel-ios-16.00.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
  "telemetry/oteljs_agave.js",
];

/** What the task pane's JavaScript may weigh before the pane shows (issue: the pane's size budget). */
const TASKPANE_BUDGET_GZIP_KIB = 250;

// No remote and no inline script, no eval; styles inline (Fluent UI injects its CSS at run time);
// images also from blob:/data: (the charts drawn for the downloads).
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** The manifest with the development URL replaced by the production one. */
function productionManifest(xml, prodUrl) {
  if (!prodUrl.startsWith("https://")) throw new Error(`ADDIN_PROD_URL must be an https URL, got ${prodUrl}`);
  if (!prodUrl.endsWith("/")) throw new Error(`ADDIN_PROD_URL must end with a slash, got ${prodUrl}`);
  const devOrigin = new URL(DEV_URL).origin;
  return xml.split(DEV_URL).join(prodUrl).split(devOrigin).join(new URL(prodUrl).origin);
}

/** A certificate Office trusts for https://localhost, or undefined when one cannot be made here. */
async function devServerHttpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(
      [
        "",
        "[dev-server] office-addin-dev-certs could not create or trust a certificate for https://localhost:",
        `  ${error instanceof Error ? error.message : String(error)}`,
        "Serving https with a self-signed certificate instead. Office will not load the add-in until the",
        "certificate is trusted: run `npx office-addin-dev-certs install` (as an administrator if needed).",
        "",
      ].join("\n"),
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  const prodUrl = process.env.ADDIN_PROD_URL || DEFAULT_PROD_URL;
  const httpsOptions = env.WEBPACK_SERVE ? await devServerHttpsOptions() : undefined;

  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    // No source maps are deployed; in development none that need eval, which the CSP forbids.
    devtool: production ? false : "cheap-module-source-map",
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules so webpack can drop the unused parts of Fluent UI.
            options: { transpileOnly: true, compilerOptions: { module: "es2020" } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { csp: CSP },
      }),
      ...(production ? [new BundleBudgetPlugin({ entry: "taskpane", maxGzipKiB: TASKPANE_BUDGET_GZIP_KIB })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/support/support.html", to: "support.html" },
          // Microsoft ships these minified; marking them so keeps terser from minifying them again.
          ...OFFICE_JS_FILES.map((file) => ({
            from: path.join(OFFICE_JS_DIR, file),
            to: file,
            info: { minimized: true },
          })),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: production ? (content) => productionManifest(content.toString(), prodUrl) : undefined,
          },
        ],
      }),
    ],
    performance: {
      // office.js host files are large by nature; only the add-in's own bundles are budgeted.
      assetFilter: (file) => file.endsWith(".js") && !OFFICE_JS_FILES.includes(file),
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
    },
    devServer: {
      host: "localhost",
      port: 3000,
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: httpsOptions ? { type: "https", options: httpsOptions } : { type: "https" },
    },
  };
};

module.exports.productionManifest = productionManifest;
module.exports.OFFICE_JS_FILES = OFFICE_JS_FILES;
module.exports.CSP = CSP;
