import { labelOfText, normalizeText } from "../normalize";
import type { ProjectRow, Projects } from "../model";
import { sheetDef } from "../template";
import { codeOf, readFlag, readText } from "./cells";
import { report, reportRepeat, type SheetScope } from "./context";
import { dateOf, monthDayIn } from "./dates";
import { amountColumns, readRowAmounts, reportMissingColumns, tableHeader } from "./fixed-table";
import { isIndexOrBlank, isNoteOfText, isTotalOfLabel, type Header } from "./header";
import { msg } from "./messages";

/** 指标下达日期: an ISO date, or the raw text with a DATA-YEAR warning when it is not a date. */
function readReleaseDate(scope: SheetScope, header: Header, row: number, project: ProjectRow): void {
  const col = header.cols["指标下达日期"];
  if (col === undefined) return;
  let read = dateOf(scope.grid.cell(row, col));
  if (!read) return;
  const year = scope.ctx.year;
  if ("raw" in read && year !== undefined) {
    // `11月15日` in the list of one year's projects is that day of the year.
    const day = monthDayIn(read.raw, year);
    if (day) read = { iso: day };
  }
  const cell = scope.grid.ref(row, col);
  const keys = [scope.key, project.name, "指标下达日期"];
  if ("raw" in read) {
    project.releaseDateRaw = { value: read.raw, cell };
    const message = msg.dateUnreadable(cell, project.name, read.raw);
    report(scope.ctx, { rule: "DATA-YEAR", otherSeverity: true, message, cells: [cell], keys });
    return;
  }
  project.releaseDate = { value: read.iso, cell };
  if (year !== undefined && Number(read.iso.slice(0, 4)) !== year) {
    const message = msg.dateOutsideYear(cell, project.name, read.iso, year);
    report(scope.ctx, { rule: "DATA-YEAR", otherSeverity: true, message, cells: [cell], keys });
  }
}

/**
 * 项目支出: one row per project, found by 项目名称; an optional `合计` row. A repeated project
 * name is reported (DATA-DUP) and both rows count. Without a 项目名称 column the rows cannot be told apart,
 * so the table is not read.
 */
export function readProjects(scope: SheetScope): Projects | undefined {
  const def = sheetDef("项目支出");
  const header = tableHeader(scope, def);
  if (!header) return undefined;
  reportMissingColumns(scope, header, def.columns ?? []);
  if (header.cols["调整后预算数"] === undefined && header.cols["年初预算数"] === undefined) {
    const message = msg.missingEither(scope.grid.name, ["调整后预算数", "年初预算数"], scope.grid.ref(header.top, 1));
    report(scope.ctx, { rule: "DATA-MISSING", message, cells: [], keys: [scope.key, "调整后预算数"] });
  }
  const nameCol = header.cols["项目名称"];
  if (nameCol === undefined) return undefined;
  const amounts = amountColumns(def, header);
  const projects: Projects = { sheet: scope.grid.name, columns: { ...header.cells }, rows: [] };
  const seen = new Map<string, string>();
  let dated = false;

  for (const row of scope.grid.rows(header.bottom + 1)) {
    const named = readText(scope, row, nameCol);
    if (!named) continue;
    // One normalisation per name: tens of thousands of projects go through here.
    const text = normalizeText(named.value);
    const label = labelOfText(text);
    if (isNoteOfText(text) || isIndexOrBlank(label)) continue;
    if (isTotalOfLabel(label)) {
      projects.total ??= { row, labelCell: named.cell, values: readRowAmounts(scope, header, amounts, row, "合计") };
      continue;
    }
    reportRepeat(scope, seen, "project", text, named.value, named.cell);
    const project: ProjectRow = {
      name: named.value,
      nameCell: named.cell,
      row,
      values: readRowAmounts(scope, header, amounts, row, named.value),
    };
    const codeCol = header.cols["科目编码"];
    const code = codeCol === undefined ? undefined : readText(scope, row, codeCol);
    if (code) project.code = { value: codeOf(scope.grid.cell(row, codeCol as number)) ?? code.value, cell: code.cell };
    readReleaseDate(scope, header, row, project);
    dated ||= project.releaseDate !== undefined;
    const isKey = readFlag(scope, row, header.cols["是否重点项目"]);
    if (isKey !== undefined) project.isKey = isKey;
    const note = readText(scope, row, header.cols["备注"]);
    if (note) project.note = note;
    projects.rows.push(project);
  }
  if (dated && scope.ctx.year === undefined) {
    scope.ctx.skipped.push({ rule: "DATA-YEAR", reason: msg.yearUnknownForDates(), cells: [] });
  }
  return projects;
}
