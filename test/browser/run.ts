// End-to-end check of the built task pane in headless Chromium, outside Office (browser mode).
// Run with `npm run test:browser` after `npm run build`; builds dist/ first when it is missing.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { chromium, type Page } from "playwright-core";
import { checkManifest, folderReader } from "../../scripts/manifest-check";

const root = join(__dirname, "..", "..");
const dist = join(root, "dist");
const outputDir = join(root, "test-output");
const PRODUCT_NAME = "绩效自评助手";
const TIMEOUT_MS = 20_000;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

interface Outcome {
  name: string;
  error?: string;
}

const outcomes: Outcome[] = [];

async function check(name: string, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
    outcomes.push({ name });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    outcomes.push({ name, error: message });
    console.log(`  ✗ ${name}\n      ${message}`);
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A static file server for dist/ on 127.0.0.1, on a free port. */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(folder, urlPath === "/" ? "taskpane.html" : urlPath));
    if (!file.startsWith(folder + sep) || !existsSync(file)) {
      response.writeHead(404).end("not found");
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH");
  }
}

/** Records what a page does that the add-in must never do: fail, or reach beyond its own origin. */
function watch(page: Page, origin: string): { errors: string[]; foreign: string[]; failed: string[] } {
  const seen = { errors: [] as string[], foreign: [] as string[], failed: [] as string[] };
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") seen.errors.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && url !== "about:blank") seen.foreign.push(url);
  });
  page.on("requestfailed", (request) => seen.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return seen;
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("dist/ has no build; running npm run build");
    const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  mkdirSync(outputDir, { recursive: true });

  const server = await serve(dist);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userDataDir = mkdtempSync(join(tmpdir(), "jixiao-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
    viewport: { width: 360, height: 560 },
    locale: "zh-CN",
  });

  try {
    console.log("task pane (taskpane.html, outside Office)");
    const page = await context.newPage();
    const seen = watch(page, origin);

    await check("taskpane.html loads from the add-in's own server", async () => {
      const response = await page.goto(`${origin}/taskpane.html`, { waitUntil: "load", timeout: TIMEOUT_MS });
      assert(response?.ok(), `HTTP ${response?.status()}`);
    });
    await check(`shows the product name ${PRODUCT_NAME}`, async () => {
      await page.getByRole("heading", { name: PRODUCT_NAME }).waitFor({ timeout: TIMEOUT_MS });
    });
    await check("says what the add-in does", async () => {
      await page.getByText("校验部门决算工作簿，计算绩效指标，生成绩效评价报告").waitFor({ timeout: TIMEOUT_MS });
    });
    await check("detects browser mode (浏览器模式) once office.js reports no host", async () => {
      await page.getByText("浏览器模式").waitFor({ timeout: TIMEOUT_MS });
    });
    await check("loads office.js and the icon from its own server", async () => {
      const officeJs = await page.evaluate(() => typeof Office !== "undefined" && typeof Office.onReady === "function");
      assert(officeJs, "Office is not defined: office.js did not load");
      const iconWidth = await page.locator("header img").evaluate((img) => (img as HTMLImageElement).naturalWidth);
      assert(iconWidth === 32, `header icon naturalWidth is ${iconWidth}`);
    });
    await page.screenshot({ path: join(outputDir, "taskpane.png") });
    await check("raises no page error and logs no console error", () =>
      assert(seen.errors.length === 0, seen.errors.join("; ")),
    );
    await check("requests nothing outside its own origin", () =>
      assert(seen.foreign.length === 0, seen.foreign.join(", ")),
    );
    await check("has no failed request", () => assert(seen.failed.length === 0, seen.failed.join(", ")));

    console.log("function file (commands.html)");
    const commands = await context.newPage();
    const commandsSeen = watch(commands, origin);
    await check("commands.html loads and registers its functions without error", async () => {
      const response = await commands.goto(`${origin}/commands.html`, { waitUntil: "load", timeout: TIMEOUT_MS });
      assert(response?.ok(), `HTTP ${response?.status()}`);
      await commands.waitForTimeout(500);
      const problems = [...commandsSeen.errors, ...commandsSeen.foreign, ...commandsSeen.failed];
      assert(problems.length === 0, problems.join("; "));
    });

    console.log("production manifest (dist/manifest.xml)");
    await check("passes the manifest checks with the icons in dist/assets", () => {
      const xml = readFileSync(join(dist, "manifest.xml"), "utf8");
      const problems = checkManifest(xml, { readFile: folderReader(dist) });
      assert(problems.length === 0, problems.join("; "));
      assert(!xml.includes("localhost"), "still points at localhost: build with --mode production");
    });
  } finally {
    await context.close();
    server.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main()
  .catch((error: unknown) => {
    outcomes.push({ name: "browser test run", error: String(error) });
    console.error(error);
  })
  .finally(() => {
    const failed = outcomes.filter((outcome) => outcome.error !== undefined).length;
    console.log(`screenshot: ${join("test-output", "taskpane.png")}`);
    console.log(`${outcomes.length - failed} passed, ${failed} failed`);
    process.exitCode = failed === 0 ? 0 : 1;
  });
