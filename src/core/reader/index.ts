import type { Finding, Skipped } from "../findings";
import type { DepartmentModel, SheetKey, Table } from "../model";
import type { WorkbookSnapshot } from "../snapshot";
import { sheetDef, TEMPLATE } from "../template";
import { readBasicInfo } from "./basic-info";
import { newContext, report, type ReadContext, type SheetScope } from "./context";
import { readExpenditure } from "./detail";
import { readFixedTable, tableHeader } from "./fixed-table";
import { findHeader, findUnit } from "./header";
import { SheetGrid } from "./grid";
import { readDraft, readMaterials, readOther, readSelfScores, readTargets } from "./lists";
import { msg } from "./messages";
import { readProjects } from "./projects";
import { locateSheets, sheetNames } from "./sheets";
import { findHalves, readSideBySide, type HalvesHeader } from "./side-by-side";
import { findTransposedHeader, readTransposed } from "./transposed";

export interface ReadResult {
  model: DepartmentModel;
  /** Data findings (DATA-*) raised while reading. */
  findings: Finding[];
  /** Checks the reader could not run, and why. */
  skipped: Skipped[];
}

/** Sheets whose figures are amounts in a unit (the others hold counts, scores and text). */
const AMOUNT_SHEETS: SheetKey[] = ["收支总表", "支出明细", "三公经费", "项目支出", "其他指标"];

/** 结余分配 may be negative (a return of funds); every other line of 收支总表 may not. */
const signedSummaryRow = (label: string): boolean => label === "结余分配";

/**
 * 收支总表 in the template's layout (one label column, amounts by header), or like the published
 * 公开01表 with income and expenditure side by side (also taken for a lone `项目 | 金额` table
 * that the template's headers do not describe).
 */
function readSummary(scope: SheetScope): Table | undefined {
  const def = sheetDef("收支总表");
  const halves = findHalves(scope.grid);
  if (halves && halves.halves.length >= 2) return readHalves(scope, halves);
  const header = findHeader(scope.grid, def.columns ?? [], { searchRows: 10 });
  if (!header && halves) return readHalves(scope, halves);
  const found = tableHeader(scope, def);
  return found && readFixedTable(scope, def, found, { allowNegative: signedSummaryRow });
}

function readHalves(scope: SheetScope, halves: HalvesHeader): Table {
  scope.unit = findUnit(scope.grid, 1, halves.bottom) ?? halves.unit ?? scope.ctx.unit;
  return readSideBySide(scope, halves, { allowNegative: signedSummaryRow });
}

/** 三公经费 in the template's layout, or transposed like the published 公开09表 (items as columns). */
function readThreePublic(scope: SheetScope): Table | undefined {
  const transposed = findTransposedHeader(scope.grid, scope.ctx.year);
  if (transposed) {
    scope.unit = findUnit(scope.grid, 1, transposed.bottom) ?? scope.ctx.unit;
    return readTransposed(scope, transposed);
  }
  const header = tableHeader(scope, sheetDef("三公经费"));
  return header && readFixedTable(scope, sheetDef("三公经费"), header);
}

/**
 * Reads a department workbook of the standard template into the department model, finding
 * sheets, headers and rows by their labels. Never throws on odd or empty workbooks: what
 * cannot be read is reported as DATA-* findings, and the model is produced regardless (with
 * an empty 收支总表 when that sheet is missing) so that the checks report what they skipped.
 */
export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const ctx: ReadContext = newContext();
  const { found: located, duplicates } = locateSheets(snapshot);
  const model: DepartmentModel = {
    unit: "万元",
    sheets: {},
    sheetUnits: {},
    info: {},
    summary: { sheet: "收支总表", columns: {}, rows: {} },
  };
  for (const [key, sheet] of located) model.sheets[key] = sheet.name;
  for (const def of TEMPLATE.filter((d) => d.required && !located.has(d.key))) {
    report(ctx, {
      rule: "DATA-MISSING",
      message: msg.missingSheet(def.key, sheetNames(def)),
      cells: [],
      keys: [def.key],
    });
  }

  for (const d of duplicates) {
    report(ctx, {
      rule: "DATA-DUP",
      message: msg.duplicateSheet(d.key, d.used, d.ignored),
      cells: [],
      keys: [d.key, "工作表", ...d.ignored],
    });
  }

  const scopeOf = (key: SheetKey): SheetScope | undefined => {
    const sheet = located.get(key);
    return sheet && { ctx, key, grid: new SheetGrid(sheet), unit: ctx.unit };
  };
  const read = <T>(key: SheetKey, reader: (scope: SheetScope) => T): T | undefined => {
    const scope = scopeOf(key);
    if (!scope) return undefined;
    const result = reader(scope);
    if (AMOUNT_SHEETS.includes(key)) model.sheetUnits[key] = scope.unit;
    return result;
  };

  read("基本情况", (scope) => readBasicInfo(scope, model));
  const summary = read("收支总表", readSummary);
  model.summary = summary ?? { sheet: model.sheets["收支总表"] ?? "收支总表", columns: {}, rows: {} };
  const expenditure = read("支出明细", readExpenditure);
  if (expenditure) model.expenditure = expenditure;
  const threePublic = read("三公经费", readThreePublic);
  if (threePublic) model.threePublic = threePublic;
  const projects = read("项目支出", readProjects);
  if (projects) model.projects = projects;
  const targets = read("绩效目标", readTargets);
  if (targets) model.targets = targets;
  const other = read("其他指标", (scope) => {
    scope.unit = findUnit(scope.grid, 1, 10) ?? ctx.unit;
    return readOther(scope);
  });
  if (other) model.other = other;
  const selfScores = read("自评打分", readSelfScores);
  if (selfScores) model.selfScores = selfScores;
  const materials = read("报告素材", readMaterials);
  if (materials) model.materials = materials;
  const draft = read("报告草稿", readDraft);
  if (draft) model.draft = draft;

  return { model, findings: ctx.findings, skipped: ctx.skipped };
}
