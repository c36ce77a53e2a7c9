import { cellText, normalizeText } from "../normalize";
import type { Amount, AmountUnit, DepartmentModel, StaffRow, Staffing } from "../model";
import { sheetDef, STAFF_COLUMNS } from "../template";
import { amountOf, readAmount, readText } from "./cells";
import { report, reportRepeat, type SheetScope } from "./context";
import { yearOf } from "./dates";
import { reportMissingColumns } from "./fixed-table";
import { findHeader, findUnit, isIndexOrBlank, isNoteText, isTotalLabel, rowLabel, type Header } from "./header";
import { hitText, readKeyValues, type KeyHit } from "./key-values";
import { msg } from "./messages";

const KEYS = sheetDef("基本情况").keys ?? [];

function namesOf(label: string): string[] {
  const k = KEYS.find((d) => d.label === label);
  return [label, ...(k?.aliases ?? [])];
}

function readUnit(scope: SheetScope, hit: KeyHit | undefined, kvEnd: number): AmountUnit {
  const c = hit?.value;
  const raw = cellText(c).trim();
  if (!hit || !c || raw === "") return findUnit(scope.grid, 1, kvEnd) ?? "万元";
  const s = normalizeText(raw);
  if (s === "万元" || s === "万") return "万元";
  if (s === "元") return "元";
  const cell = scope.grid.ref(c.row, c.col);
  report(scope.ctx, {
    rule: "DATA-MISSING",
    message: msg.badUnit(cell, raw),
    cells: [cell],
    keys: [scope.key, "金额单位"],
  });
  return "万元";
}

function readYear(scope: SheetScope, hit: KeyHit | undefined): DepartmentModel["info"]["year"] {
  const c = hit?.value;
  const keys = [scope.key, "年度"];
  if (!hit || !c) {
    const cell = hit ? scope.grid.ref(hit.row, hit.expectedCol) : undefined;
    report(scope.ctx, {
      rule: "DATA-YEAR",
      message: msg.yearMissing(scope.grid.name, cell),
      cells: cell ? [cell] : [],
      keys,
    });
    return undefined;
  }
  const cell = scope.grid.ref(c.row, c.col);
  const value = yearOf(c);
  if (value === undefined) {
    report(scope.ctx, { rule: "DATA-YEAR", message: msg.yearInvalid(cell, cellText(c).trim()), cells: [cell], keys });
    return undefined;
  }
  return { value, cell };
}

function readCount(scope: SheetScope, hit: KeyHit | undefined): Amount | undefined {
  if (!hit) return undefined;
  const spec = { label: hit.key, kind: "count" as const, inline: hit.inline };
  if (hit.value) return amountOf(scope, hit.value, scope.grid.ref(hit.value.row, hit.value.col), spec);
  return readAmount(scope, hit.row, hit.expectedCol, spec);
}

function readStaffRow(scope: SheetScope, header: Header, row: number, name: string, labelCell: string): StaffRow {
  const count = (column: string): Amount => {
    const col = header.cols[column];
    return col === undefined ? { state: "blank" } : readAmount(scope, row, col, { label: name, column, kind: "count" });
  };
  return {
    name,
    labelCell,
    row,
    fundingType: readText(scope, row, header.cols["经费形式"])?.value,
    category: readText(scope, row, header.cols["人员类别"])?.value,
    quota: count("编制数"),
    actual: count("实有人数"),
  };
}

/** The staffing table under the key–value rows: one row per unit, an optional `合计` last. */
function readStaffing(scope: SheetScope, header: Header): Staffing {
  reportMissingColumns(scope, header, STAFF_COLUMNS);
  const staffing: Staffing = { sheet: scope.grid.name, rows: [] };
  const nameCol = header.cols["机构名称"];
  const firstCount = Math.min(header.cols["编制数"] ?? 4, header.cols["实有人数"] ?? 4);
  const seen = new Map<string, string>();
  for (const row of scope.grid.rows(header.bottom + 1)) {
    const named = nameCol === undefined ? rowLabel(scope.grid, row, firstCount - 1) : readText(scope, row, nameCol);
    if (!named) continue;
    const raw = "raw" in named ? named.raw : named.value;
    if (isIndexOrBlank(normalizeText(raw)) || isNoteText(raw)) continue;
    if (isTotalLabel(raw)) {
      staffing.total = readStaffRow(scope, header, row, "合计", named.cell);
      break;
    }
    reportRepeat(scope, seen, "unit", normalizeText(raw), raw, named.cell);
    staffing.rows.push(readStaffRow(scope, header, row, raw, named.cell));
  }
  return staffing;
}

/**
 * 基本情况: 单位名称, 年度, 金额单位 (sets the model unit), counts, 主要职责, and the staffing
 * table. Call first: every other sheet converts its amounts into the unit read here.
 */
export function readBasicInfo(scope: SheetScope, model: DepartmentModel): void {
  const staffHeader = findHeader(scope.grid, STAFF_COLUMNS);
  const kvEnd = staffHeader ? staffHeader.top - 1 : scope.grid.maxRow;
  const hits = readKeyValues(scope.grid, KEYS, 1, kvEnd);

  model.unit = scope.ctx.unit = readUnit(scope, hits.get("金额单位"), kvEnd);

  const nameHit = hits.get("单位名称");
  const name = hitText(scope.grid, nameHit);
  if (name) model.info.name = name;
  else {
    const cell = nameHit && scope.grid.ref(nameHit.row, nameHit.expectedCol);
    const message = msg.missingValue(scope.grid.name, "单位名称", cell, namesOf("单位名称"));
    report(scope.ctx, { rule: "DATA-MISSING", message, cells: cell ? [cell] : [], keys: [scope.key, "单位名称"] });
  }

  const year = readYear(scope, hits.get("年度"));
  if (year) {
    model.info.year = year;
    scope.ctx.year = year.value;
  }
  const orgCount = readCount(scope, hits.get("内设机构数"));
  if (orgCount) model.info.orgCount = orgCount;
  const retirees = readCount(scope, hits.get("离退休人员数"));
  if (retirees) model.info.retirees = retirees;
  const dutiesHit = hits.get("主要职责");
  const duties = hitText(scope.grid, dutiesHit);
  if (duties) model.info.duties = duties;

  if (staffHeader) model.staffing = readStaffing(scope, staffHeader);
}
