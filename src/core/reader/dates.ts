import { cellText, normalizeText } from "../normalize";
import { fromExcelNumber, toHalfWidth } from "../money";
import type { SnapshotCell } from "../snapshot";

/** A date format such as `yyyy-mm-dd` or `yyyy"年"m"月"d"日"` (not `0.00`, not `h:mm`). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const f = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "")
    .toLowerCase();
  return /[yd]/.test(f) || /m.*[-/.]|[-/.].*m/.test(f);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `yyyy-mm-dd` of a calendar day; undefined when there is no such day (2023-02-29). */
function iso(year: number, month: number, day: number): string | undefined {
  if (year < 100 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1])) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Excel serial day number → ISO date (1 = 1900-01-01, with Excel's phantom 1900-02-29). */
export function serialToIso(serial: number): string | undefined {
  const days = Math.floor(serial);
  if (!Number.isFinite(days) || days < 1 || days > 2958465) return undefined;
  const fromEpoch = days < 60 ? days + 1 : days;
  return new Date(Date.UTC(1899, 11, 30) + fromEpoch * 86400000).toISOString().slice(0, 10);
}

const TEXT_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A date of the years a 决算 can concern; outside, a number is more likely an amount or a typo. */
function plausible(isoDate: string | undefined): string | undefined {
  const year = isoDate ? Number(isoDate.slice(0, 4)) : NaN;
  return year >= 2000 && year <= 2100 ? isoDate : undefined;
}

/** `2022-11-15`, `2022年11月15日`, `2022/11/15`, `2022.11.15`, `20221115` (full-width digits too). */
export function parseDateText(raw: string): string | undefined {
  const s = toHalfWidth(raw).trim();
  const m = TEXT_DATE.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const c = COMPACT_DATE.exec(s);
  return c ? plausible(iso(Number(c[1]), Number(c[2]), Number(c[3]))) : undefined;
}

/**
 * A plain number in a date column: an Excel serial whose date format was lost in a paste
 * (44880 → 2022-11-15), or a date typed as digits (20221115). Read only when it is a date of
 * 2000–2100. Accepted silently: the column can hold nothing but a date, and the check of the
 * date against 年度 still catches a number that was something else.
 */
function dateOfNumber(n: number): string | undefined {
  if (Number.isInteger(n) && n >= 20000101 && n <= 21001231) return parseDateText(String(n));
  return plausible(serialToIso(n));
}

/** `11月15日`, `11月15号`: a day written without its year. */
const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$/;

/**
 * A day written without its year, read in the year of the workbook (a project list covers one
 * year); undefined when the text is not such a day or there is no such day.
 */
export function monthDayIn(raw: string, year: number): string | undefined {
  const m = MONTH_DAY.exec(toHalfWidth(raw).trim());
  return m ? iso(year, Number(m[1]), Number(m[2])) : undefined;
}

export type DateRead = { iso: string } | { raw: string } | undefined;

/**
 * A date cell: an Excel date, a serial number formatted as a date, a plain number that can
 * only be a date (see `dateOfNumber`), or text in one of the accepted forms. `{ raw }` when
 * the cell holds something that is not a readable date.
 */
export function dateOf(c: SnapshotCell | undefined): DateRead {
  if (!c) return undefined;
  const v = c.value;
  if (v.type === "empty") return undefined;
  if (v.type === "date") {
    const d = parseDateText(v.value.slice(0, 10));
    return d ? { iso: d } : { raw: v.value };
  }
  if (v.type === "number") {
    const d = isDateFormat(c.numFmt) ? serialToIso(v.value) : dateOfNumber(v.value);
    return d ? { iso: d } : { raw: cellText(c) };
  }
  const raw = cellText(c).trim();
  if (raw === "") return undefined;
  const d = v.type === "string" ? parseDateText(raw) : undefined;
  return d ? { iso: d } : { raw };
}

/** 年度: 2022, `2022年`, `2022年度`, `２０２２`. Undefined when it is not a whole year 2000–2100. */
export function yearOf(c: SnapshotCell): number | undefined {
  const v = c.value;
  let n: number | undefined;
  if (v.type === "number" && Number.isFinite(v.value)) {
    const d = fromExcelNumber(v.value);
    n = d.isInteger() ? d.toNumber() : undefined;
  } else if (v.type === "string") {
    const m = /^(\d{4})(?:年度?)?$/.exec(normalizeText(v.value));
    n = m ? Number(m[1]) : undefined;
  }
  return n !== undefined && n >= 2000 && n <= 2100 ? n : undefined;
}
