/** How the pane runs: inside Excel, or as a plain web page (office.js absent, or host null). */
export type RunMode = "excel" | "browser";

export function detectRunMode(): Promise<RunMode> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve("browser");
  return Office.onReady().then((info) => (info.host === Office.HostType.Excel ? "excel" : "browser"));
}
