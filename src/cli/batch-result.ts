import { countBySeverity, type Finding } from "../core/findings";
import type { Lang, Localized } from "../core/i18n";
import type { CheckJson } from "./json";
import { MSG, say } from "./messages";
import { displayWidth } from "../core/width";
import { padEnd, verdictText } from "./summary";
import { verdictOf } from "../core/check";

/** The results of `batch`: one entry per workbook, the totals, as JSON or as a readable table. */

/** What the batch prints of a checked workbook (plain data: it may come from a worker thread). */
export interface CheckedWorkbook {
  findings: Finding[];
  /** 单位名称, when the workbook gives it. */
  unitName?: string;
  /** The object of `check --json`, when the batch prints JSON. */
  json?: CheckJson;
  /** Warnings the workbook explains (已说明 reasons kept by the task pane). */
  explained?: number;
}

export type BatchOutcome =
  | { checked: CheckedWorkbook }
  /** `reason` for the table (`无法读取：…`); `line` is what `check` would print on stderr. */
  | { failure: { reason: Localized; line: Localized } };

export type BatchEntry = { name: string; path: string } & BatchOutcome;

export interface BatchTotals {
  files: number;
  readyToSubmit: number;
  needsChanges: number;
  unreadable: number;
  error: number;
  warning: number;
  info: number;
}

/** An unreadable workbook in `batch --json`: check's leading keys, then the one-line message. */
export interface BatchErrorJson {
  tool: string;
  version: string;
  input: string;
  error: string;
}

export interface BatchJson {
  tool: string;
  version: string;
  files: (CheckJson | BatchErrorJson)[];
  totals: BatchTotals;
}

export function batchTotals(entries: readonly BatchEntry[]): BatchTotals {
  const totals: BatchTotals = {
    files: entries.length,
    readyToSubmit: 0,
    needsChanges: 0,
    unreadable: 0,
    error: 0,
    warning: 0,
    info: 0,
  };
  for (const e of entries) {
    if (!("checked" in e)) {
      totals.unreadable += 1;
      continue;
    }
    const counts = countBySeverity(e.checked.findings);
    if (verdictOf(e.checked.findings).ready) totals.readyToSubmit += 1;
    else totals.needsChanges += 1;
    totals.error += counts.error;
    totals.warning += counts.warning;
    totals.info += counts.info;
  }
  return totals;
}

export function batchToJson(
  entries: readonly BatchEntry[],
  tool: { name: string; version: string },
  lang: Lang,
): BatchJson {
  return {
    tool: tool.name,
    version: tool.version,
    files: entries.map((e) => {
      if (!("checked" in e))
        return { tool: tool.name, version: tool.version, input: e.path, error: e.failure.line[lang] };
      if (!e.checked.json) throw new Error(`batch JSON asked for without the check's JSON: ${e.path}`);
      return e.checked.json;
    }),
    totals: batchTotals(entries),
  };
}

/** One row per workbook in the folder's order: file, 单位名称, counts and verdict; then the totals. */
export function formatBatch(entries: readonly BatchEntry[], folder: string, lang: Lang): string {
  // A folder may hold thousands of files: no spread of the whole list into one call.
  const nameWidth = entries.reduce((w, e) => Math.max(w, displayWidth(e.name)), 0);
  const units = entries.map((e) => ("checked" in e ? (e.checked.unitName ?? say(MSG.unknownName, lang)) : ""));
  const unitWidth = units.reduce((w, u) => Math.max(w, displayWidth(u)), 0);
  const out = [say(MSG.batchHeadline, lang, { path: folder, count: entries.length }), ""];
  entries.forEach((e, i) => {
    const name = padEnd(e.name, nameWidth);
    if (!("checked" in e)) {
      out.push(`  ${name}  ${e.failure.reason[lang]}`);
      return;
    }
    const counts = countBySeverity(e.checked.findings);
    const verdict = verdictText(e.checked.findings, lang);
    const explained = e.checked.explained ?? 0;
    const note = explained > 0 ? `  ${say(MSG.explainedCount, lang, { count: explained })}` : "";
    out.push(`  ${name}  ${padEnd(units[i], unitWidth)}  ${say(MSG.counts, lang, counts)}  ${verdict}${note}`);
  });
  const t = batchTotals(entries);
  const counts = say(MSG.counts, lang, { error: t.error, warning: t.warning, info: t.info });
  out.push("", say(MSG.totals, lang, { ...t, ready: t.readyToSubmit, counts }), "");
  return out.join("\n");
}
