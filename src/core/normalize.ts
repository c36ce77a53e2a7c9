import { fromExcelNumber, toHalfWidth } from "./money";
import type { CellValue, SnapshotCell } from "./snapshot";

/**
 * Text normalisation of workbook-template.md: how sheet names, headers and row labels written
 * by hand are compared with the template's canonical names.
 */

const WHITESPACE = /[\s\u00a0\u3000\u200b\ufeff]/g;
const QUOTES = /[“”"‘’'「」『』〝〞]/g;

/** Any character `normalizeText` changes: one scan tells that most labels and names need nothing. */
const NEEDS_NORMALISING = /[\s\u00a0\u3000\u200b\ufeff“”"‘’'「」『』〝〞\uFF01-\uFF5E]/;

/** Trim, full-width → half-width (`（`→`(`, `１`→`1`), no whitespace anywhere, no quotation marks. */
export function normalizeText(raw: string): string {
  if (!NEEDS_NORMALISING.test(raw)) return raw;
  return toHalfWidth(raw).replace(WHITESPACE, "").replace(QUOTES, "");
}

/** `“三公”经费` → `三公经费`; ` 收支总表 ` → `收支总表`. */
export function normalizeSheetName(raw: string): string {
  return normalizeText(raw);
}

const UNIT_SUFFIX = /\((?:万元|元|千元|亿元|人|个|%)\)$/;

/** A column header: `决算数（万元）` → `决算数`, `本年 决算数` → `本年决算数`. */
export function normalizeHeader(raw: string): string {
  return normalizeText(raw).replace(UNIT_SUFFIX, "");
}

const CN_NUMERAL = "[一二三四五六七八九十百]+";
const LABEL_PREFIXES: RegExp[] = [
  /^(?:其中|减|加):/,
  /^其中(?=[^:])/, // `其中人员经费`; `减少…`, `加强…` are words, so only 其中 goes without a colon
  /^\d+[、.](?!\d)/,
  /^\(\d+\)/,
  /^\d+\)/,
  new RegExp(`^\\(${CN_NUMERAL}\\)`),
  new RegExp(`^${CN_NUMERAL}、`),
  /^[\u2460-\u2473]/, // ①–⑳
];

/**
 * A row label: as `normalizeText`, and without leading `其中：`, `减：`, `加：` and list numbering
 * (`1、`, `1.`, `（一）`, `一、`, `(1)`), nor a trailing colon or unit (`单位名称：`, `(万元)`, `（元）`, `(人)`).
 */
/** The first characters any of LABEL_PREFIXES can start with: most labels have none of them. */
const PREFIX_START = /^[其减加\d(一二三四五六七八九十百\u2460-\u2473]/;

export function normalizeLabel(raw: string): string {
  return labelOfText(normalizeText(raw));
}

/** `normalizeLabel` of a text already through `normalizeText`. */
export function labelOfText(normalised: string): string {
  let s = normalised;
  for (let changed = PREFIX_START.test(s); changed;) {
    changed = false;
    for (const re of LABEL_PREFIXES) {
      const next = s.replace(re, "");
      // A label that is only `一、` or `其中：` stays as it is rather than becoming empty.
      if (next !== s && next !== "") {
        s = next;
        changed = true;
      }
    }
  }
  return s.replace(/:$/, "").replace(UNIT_SUFFIX, "");
}

function valueText(v: CellValue): string {
  switch (v.type) {
    case "empty":
      return "";
    case "number":
      return Number.isFinite(v.value) ? fromExcelNumber(v.value).toFixed() : String(v.value);
    case "boolean":
      return v.value ? "TRUE" : "FALSE";
    default:
      return v.value;
  }
}

/**
 * The plain text of a cell as a person reads it: a number without float noise
 * (`0.1 + 0.2` cached as 0.30000000000000004 → `0.3`), a date as ISO `yyyy-mm-dd`, an error
 * as its code (`#REF!`), TRUE/FALSE, "" for an empty cell or a formula never calculated.
 */
export function cellText(cell: SnapshotCell | CellValue | undefined): string {
  if (!cell) return "";
  return "type" in cell ? valueText(cell) : valueText(cell.value);
}
