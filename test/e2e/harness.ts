// What the end-to-end run needs around the page: a static server for dist/, Chromium from the
// system, a watch on what the page does, and a list of named checks that keeps going on failure.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import type { Page } from "playwright-core";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

export interface Outcome {
  name: string;
  error?: string;
}

export const outcomes: Outcome[] = [];

export async function check(name: string, body: () => Promise<void> | void): Promise<boolean> {
  try {
    await body();
    outcomes.push({ name });
    console.log(`  ✓ ${name}`);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    outcomes.push({ name, error: message });
    console.log(`  ✗ ${name}\n      ${message}`);
    return false;
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** A static file server for a folder on 127.0.0.1, on a free port. */
export function serve(folder: string): Promise<Server> {
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

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH");
  }
}

export interface Seen {
  /** What the Content-Security-Policy stopped (office.js outside Office tries to frame its telemetry). */
  blocked: string[];
  errors: string[];
  foreign: string[];
  failed: string[];
}

/** Records what a page does that the add-in must never do: fail, or reach beyond its own origin. */
export function watch(page: Page, origin: string): Seen {
  const seen: Seen = { blocked: [], errors: [], foreign: [], failed: [] };
  const own = (url: string) =>
    url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith("data:");
  page.on("pageerror", (error) => seen.errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Stopped by the policy before any request was made: the policy doing its job, not a fault.
    if (/violates the following Content Security Policy/.test(message.text())) seen.blocked.push(message.text());
    else seen.errors.push(`console: ${message.text()}`);
  });
  page.on("request", (request) => {
    if (!own(request.url()) && request.url() !== "about:blank") seen.foreign.push(request.url());
  });
  page.on("requestfailed", (request) => {
    // A download is handed to the browser and its request reported as aborted: not a failure.
    if (request.failure()?.errorText === "net::ERR_ABORTED" && request.url().startsWith("blob:")) return;
    seen.failed.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) seen.failed.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return seen;
}

/** Fails with everything the page did wrong so far. */
export function assertClean(seen: Seen): void {
  const problems = [
    ...seen.errors.map((e) => `error: ${e}`),
    ...seen.foreign.map((u) => `off-origin request: ${u}`),
    ...seen.failed.map((u) => `failed request: ${u}`),
  ];
  assert(problems.length === 0, problems.join("; "));
}
