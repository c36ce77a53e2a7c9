import type { Finding } from "../core/findings";
import { fillLocalized, text, type Localized } from "../core/i18n";
import type { CellValue, WorkbookSnapshot } from "../core/snapshot";
import { EMPTY_STATE, type AddinState, type Explanation, type StoredSettings } from "./host";

/**
 * The add-in's state as it is kept in the workbook: a very hidden sheet holding a plain table,
 * so that the Excel host, the file host and the command line all read the same rows. One row
 * per fact, every cell text:
 *
 *   kind         key           rule      value                 date
 *   format       version                 1
 *   setting      tolerance               "0.01"                (JSON; long values continue on
 *   explanation  <fingerprint> <rule id> <reason>  yyyy-mm-dd   the next rows of the same key)
 *   mark         <id>
 *
 * Rows of an unknown kind or a newer format are left as they are by the reader, so a file
 * written by a newer version still opens; the template reader never sees this sheet, since
 * its name is no template sheet's.
 */

export const STATE_SHEET = "_jixiao_state";
export const STATE_HEADER = ["kind", "key", "rule", "value", "date"] as const;
const FORMAT_VERSION = "1";
/** Under Excel's 32,767 characters per cell, with room to spare. */
const MAX_CELL_TEXT = 30000;

export type StateRow = [kind: string, key: string, rule: string, value: string, date: string];

const SETTING_KEYS: readonly (keyof StoredSettings)[] = [
  "tolerance",
  "thresholds",
  "profile",
  "language",
  "marks",
  "flaggedMaterial",
  "omitTodo",
];

function chunks(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += MAX_CELL_TEXT) out.push(s.slice(i, i + MAX_CELL_TEXT));
  return out.length > 0 ? out : [""];
}

/** The table's rows, header first. */
export function stateToRows(state: AddinState): StateRow[] {
  const rows: StateRow[] = [[...STATE_HEADER], ["format", "version", "", FORMAT_VERSION, ""]];
  for (const key of SETTING_KEYS) {
    const value = state.settings[key];
    if (value === undefined) continue;
    for (const part of chunks(JSON.stringify(value))) rows.push(["setting", key, "", part, ""]);
  }
  for (const e of state.explanations) rows.push(["explanation", e.fingerprint, e.rule, e.reason, e.date]);
  for (const id of state.markIds) rows.push(["mark", id, "", "", ""]);
  return rows;
}

function validSetting(key: keyof StoredSettings, v: unknown): boolean {
  switch (key) {
    case "tolerance":
      return typeof v === "string" && /^\d+(\.\d+)?$/.test(v);
    case "thresholds":
      return (
        typeof v === "object" &&
        v !== null &&
        !Array.isArray(v) &&
        Object.values(v).every((x) => typeof x === "number" || typeof x === "string")
      );
    case "language":
      return v === "auto" || v === "zh-CN" || v === "en-US";
    case "marks":
    case "omitTodo":
      return typeof v === "boolean";
    case "flaggedMaterial":
      return v === "hold" || v === "mark";
    case "profile":
      return typeof v === "object" && v !== null;
  }
}

/** The state from the table's rows (header optional); rows that do not parse are skipped. */
export function stateFromRows(rows: readonly (readonly string[])[]): AddinState {
  const settingText = new Map<keyof StoredSettings, string>();
  const explanations: Explanation[] = [];
  const markIds: string[] = [];
  for (const [kind = "", key = "", rule = "", value = "", date = ""] of rows) {
    if (kind === "setting" && (SETTING_KEYS as readonly string[]).includes(key)) {
      const k = key as keyof StoredSettings;
      settingText.set(k, (settingText.get(k) ?? "") + value);
    } else if (kind === "explanation" && key !== "" && rule !== "") {
      explanations.push({ fingerprint: key, rule, reason: value, date });
    } else if (kind === "mark" && key !== "") {
      markIds.push(key);
    }
  }
  const settings: StoredSettings = {};
  for (const [key, raw] of settingText) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    if (validSetting(key, parsed)) (settings as Record<string, unknown>)[key] = parsed;
  }
  return { settings, explanations, markIds };
}

function cellText(v: CellValue): string {
  switch (v.type) {
    case "empty":
      return "";
    case "number":
      return String(v.value);
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    default:
      return v.value;
  }
}

/** The state kept in a workbook snapshot (the file host, the command line); empty when none. */
export function stateFromSnapshot(snapshot: WorkbookSnapshot): AddinState {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === STATE_SHEET.toLowerCase());
  if (!sheet) return { ...EMPTY_STATE, settings: {}, explanations: [], markIds: [] };
  const rows: string[][] = [];
  for (const c of sheet.cells) {
    if (c.col > STATE_HEADER.length) continue;
    const row = (rows[c.row - 1] ??= ["", "", "", "", ""]);
    row[c.col - 1] = cellText(c.value);
  }
  return stateFromRows(rows.filter((r) => r !== undefined));
}

export interface ReconciledExplanations {
  /** Explanations whose finding is still there, by fingerprint. */
  byFingerprint: Map<string, Explanation>;
  /** Explanations whose finding is gone: dropped from the state, each with a note. */
  dropped: { explanation: Explanation; note: Localized }[];
  /** The state's explanations as they should be saved. */
  kept: Explanation[];
}

const DROPPED_NOTE = text(
  "“{rule}”的说明（{date}）已删除：对应的问题已不存在。原说明：{reason}",
  "The explanation of {rule} ({date}) was removed: its finding is gone. It read: {reason}",
);

/**
 * Matches explanations to warnings by fingerprint (rule and labels, never addresses), so an
 * explanation survives rows inserted above its cells and goes away with its warning. Only
 * warnings can be explained (rules.md): an error is fixed, never marked away.
 */
export function reconcileExplanations(
  findings: readonly Finding[],
  explanations: readonly Explanation[],
): ReconciledExplanations {
  const present = new Set(findings.filter((f) => f.severity === "warning").map((f) => f.fingerprint));
  const byFingerprint = new Map<string, Explanation>();
  const dropped: ReconciledExplanations["dropped"] = [];
  const kept: Explanation[] = [];
  for (const e of explanations) {
    if (present.has(e.fingerprint)) {
      byFingerprint.set(e.fingerprint, e);
      kept.push(e);
    } else {
      dropped.push({ explanation: e, note: fillLocalized(DROPPED_NOTE, { ...e }) });
    }
  }
  return { byFingerprint, dropped, kept };
}
