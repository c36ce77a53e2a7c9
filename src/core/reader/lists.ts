import { normalizeLabel, normalizeText } from "../normalize";
import type { Amount, Material, SelfScore, TargetRow, TextField } from "../model";
import { sheetDef } from "../template";
import { amountOf, readAmount, readFlag, readText } from "./cells";
import type { SheetScope } from "./context";
import { reportMissingColumns, tableHeader } from "./fixed-table";
import { isIndexOrBlank, isNoteText, type Header } from "./header";
import { readKeyValues } from "./key-values";

/** The list tables that need their name column to tell rows apart. */
function listHeader(scope: SheetScope, nameColumn: string): Header | undefined {
  const def = sheetDef(scope.key);
  const header = tableHeader(scope, def);
  if (!header) return undefined;
  reportMissingColumns(scope, header, def.columns ?? []);
  return header.cols[nameColumn] === undefined ? undefined : header;
}

function isDataName(t: TextField | undefined): t is TextField {
  return t !== undefined && !isNoteText(t.value) && !isIndexOrBlank(normalizeLabel(t.value));
}

function numberAt(
  scope: SheetScope,
  header: Header,
  row: number,
  label: string,
  column: string,
  unitOfMeasure?: string,
): Amount {
  const col = header.cols[column];
  if (col === undefined) return { state: "blank" };
  return readAmount(
    scope,
    row,
    col,
    { label, column, kind: "number", allowNegative: true, percent: true },
    unitOfMeasure,
  );
}

/**
 * 绩效目标: one row per target. 目标值/实际值 are numbers (`95%` and 0.95 formatted `0%` are
 * 95). A 指标类别 merged down over several rows applies to each of them.
 */
export function readTargets(scope: SheetScope): TargetRow[] | undefined {
  const header = listHeader(scope, "指标名称");
  if (!header) return undefined;
  const categoryCol = header.cols["指标类别"];
  const targets: TargetRow[] = [];
  let category = "";
  for (const row of scope.grid.rows(header.bottom + 1)) {
    if (categoryCol !== undefined) {
      const own = readText(scope, row, categoryCol);
      if (own) category = normalizeText(own.value);
      else if (!scope.grid.isMergeContinuation(row, categoryCol)) category = "";
    }
    const named = readText(scope, row, header.cols["指标名称"]);
    if (!isDataName(named)) continue;
    const unitOfMeasure = readText(scope, row, header.cols["计量单位"])?.value;
    const target: TargetRow = {
      row,
      category,
      name: named.value,
      nameCell: named.cell,
      target: numberAt(scope, header, row, named.value, "目标值", unitOfMeasure),
      actual: numberAt(scope, header, row, named.value, "实际值", unitOfMeasure),
    };
    if (unitOfMeasure) target.unitOfMeasure = unitOfMeasure;
    const isKey = readFlag(scope, row, header.cols["是否重点工作"]);
    if (isKey !== undefined) target.isKey = isKey;
    const note = readText(scope, row, header.cols["说明"]);
    if (note) target.note = note.value;
    targets.push(target);
  }
  return targets;
}

/** 自评打分: the department's scores of the qualitative indicators. */
export function readSelfScores(scope: SheetScope): SelfScore[] | undefined {
  const header = listHeader(scope, "指标名称");
  if (!header) return undefined;
  const scores: SelfScore[] = [];
  for (const row of scope.grid.rows(header.bottom + 1)) {
    const named = readText(scope, row, header.cols["指标名称"]);
    if (!isDataName(named)) continue;
    const col = header.cols["得分"];
    const score: Amount =
      col === undefined
        ? { state: "blank" }
        : readAmount(scope, row, col, { label: named.value, column: "得分", kind: "number" });
    const note = readText(scope, row, header.cols["说明"]);
    scores.push({ name: named.value, nameCell: named.cell, score, ...(note && { note: note.value }) });
  }
  return scores;
}

/** 报告素材: paragraphs by 章节; a 章节 left empty or merged down continues the one above. */
export function readMaterials(scope: SheetScope): Material[] | undefined {
  const header = listHeader(scope, "内容");
  if (!header) return undefined;
  const materials: Material[] = [];
  let section = "其他";
  for (const row of scope.grid.rows(header.bottom + 1)) {
    const own = readText(scope, row, header.cols["章节"]);
    if (own) section = normalizeLabel(own.value);
    const content = readText(scope, row, header.cols["内容"]);
    if (content) materials.push({ section, text: content.value, cell: content.cell });
  }
  return materials;
}

/** 报告草稿: column A, one paragraph per cell. */
export function readDraft(scope: SheetScope): TextField[] {
  return scope.grid
    .rows()
    .map((row) => readText(scope, row, 1))
    .filter((t): t is TextField => t !== undefined);
}

/** Keys of 其他指标 that may be negative (a budget can be cut during the year). */
const SIGNED_KEYS = new Set(["年初预算追加数"]);

/** 其他指标: key–value amounts in the sheet's unit, converted to the model unit. */
export function readOther(scope: SheetScope): Record<string, Amount> {
  const other: Record<string, Amount> = {};
  for (const hit of readKeyValues(scope.grid, sheetDef("其他指标").keys ?? []).values()) {
    const spec = {
      label: hit.key,
      kind: "amount" as const,
      allowNegative: SIGNED_KEYS.has(hit.key),
      inline: hit.inline,
    };
    other[hit.key] = hit.value
      ? amountOf(scope, hit.value, scope.grid.ref(hit.value.row, hit.value.col), spec)
      : readAmount(scope, hit.row, hit.expectedCol, spec);
  }
  return other;
}
