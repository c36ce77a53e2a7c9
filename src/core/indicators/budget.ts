import { Decimal } from "../money";
import type { Amount, DepartmentModel, StaffRow } from "../model";
import type { IndicatorResult } from "../result";
import { zhName, type IndicatorId } from "./catalogue";
import { cannot, input, notComputed, ratioIndicator, readPart, readRequired, readSum, type Read } from "./inputs";

/** Indicators computed from amounts and counts: 基本情况, 收支总表, 三公经费, 项目支出, 其他指标. */

const failed = (zh: string, en: string): Read => ({ ok: false, reason: cannot(zh, en) });

/** A 收支总表 figure; says whether the row or the column is what is missing. */
export function readSummary(model: DepartmentModel, row: string, column: string): Read {
  if (!(column in model.summary.columns))
    return failed(`收支总表没有“${column}”列`, `收支总表 has no ${column} column`);
  const r = model.summary.rows[row];
  if (!r) return failed(`收支总表没有“${row}”行`, `收支总表 has no ${row} row`);
  return readRequired(r.values[column], `${row} ${column}`);
}

function summaryFilled(model: DepartmentModel, rows: string[], column: string): boolean {
  return rows.some((r) => model.summary.rows[r]?.values[column]?.state === "value");
}

/**
 * 年末结转和结余 and 年初结转和结余 (决算数). Each is a part of a total (支出总计, 收入总计), so a
 * blank one counts as 0 when 本年支出合计 / 本年收入合计 beside it is filled.
 */
export function yearEndBalances(model: DepartmentModel): { end: Read; start: Read } {
  const col = "决算数";
  const amount = (row: string): Amount | undefined => model.summary.rows[row]?.values[col];
  return {
    end: readPart(
      amount("年末结转和结余"),
      "年末结转和结余 决算数",
      summaryFilled(model, ["本年支出合计", "结余分配"], col),
    ),
    start: readPart(
      amount("年初结转和结余"),
      "年初结转和结余 决算数",
      summaryFilled(model, ["本年收入合计", "使用非财政拨款结余"], col),
    ),
  };
}

function ratio(
  id: IndicatorId,
  formula: string,
  num: Read,
  den: Read,
  denLabel: string,
  change = false,
): IndicatorResult {
  return ratioIndicator(id, zhName(id), formula, num, den, denLabel, change);
}

function unitRead(rows: StaffRow[], pick: (r: StaffRow) => Amount, label: string): Read {
  return readSum(rows.map(pick), label);
}

/** 在职人员控制率 of the department: Σ units; the 合计 row only when there are no unit rows. */
export function staffControlRate(model: DepartmentModel): IndicatorResult {
  const id = "staffControlRate";
  const staffing = model.staffing;
  if (staffing && staffing.rows.length > 0) {
    const actual = unitRead(staffing.rows, (r) => r.actual, "实有人数（各机构合计）");
    const quota = unitRead(staffing.rows, (r) => r.quota, "编制数（各机构合计）");
    return ratio(id, "Σ 各机构实有人数 / Σ 各机构编制数 × 100%", actual, quota, "编制数");
  }
  const formula = "实有人数 / 编制数 × 100%（人员编制表合计行）";
  if (!staffing?.total) {
    const reason = cannot(
      "基本情况没有人员编制表（机构名称 | 编制数 | 实有人数）",
      "基本情况 has no staffing table (机构名称 | 编制数 | 实有人数)",
    );
    return notComputed(id, zhName(id), formula, [], reason);
  }
  return ratio(
    id,
    formula,
    readRequired(staffing.total.actual, "实有人数（合计）"),
    readRequired(staffing.total.quota, "编制数（合计）"),
    "编制数",
  );
}

/** 在职人员控制率 of one unit (机关本级 or a 二级机构), for the per-unit IND-STAFF check. */
export function unitStaffControlRate(row: StaffRow): IndicatorResult {
  const actual = readRequired(row.actual, `${row.name} 实有人数`);
  const quota = readRequired(row.quota, `${row.name} 编制数`);
  return ratio("staffControlRate", "实有人数 / 编制数 × 100%", actual, quota, `${row.name} 编制数`);
}

function threePublicTotal(model: DepartmentModel, column: string): Read {
  const table = model.threePublic;
  if (!table) return failed("缺少“三公经费”工作表", "the 三公经费 sheet is absent");
  if (!(column in table.columns)) return failed(`三公经费表没有“${column}”列`, `三公经费 has no ${column} column`);
  const total = table.rows["合计"];
  if (!total) return failed("三公经费表没有“合计”行", "三公经费 has no 合计 row");
  return readRequired(total.values[column], `三公经费合计 ${column}`);
}

export function threePublicChangeRate(model: DepartmentModel): IndicatorResult {
  const current = threePublicTotal(model, "本年决算数");
  const previous = threePublicTotal(model, "上年决算数");
  const formula = "(三公经费合计 本年决算数 − 上年决算数) / 上年决算数 × 100%";
  return ratio("threePublicChangeRate", formula, current, previous, "三公经费合计 上年决算数", true);
}

export function threePublicControlRate(model: DepartmentModel): IndicatorResult {
  const formula = "三公经费合计 本年决算数 / 本年预算数 × 100%";
  const actual = threePublicTotal(model, "本年决算数");
  const budget = threePublicTotal(model, "本年预算数");
  return ratio("threePublicControlRate", formula, actual, budget, "三公经费合计 本年预算数");
}

/** 重点项目支出 = Σ 实际支出数 of the projects marked 是否重点项目 = 是. */
function keyProjectSpending(model: DepartmentModel): Read {
  const projects = model.projects;
  if (!projects) return failed("缺少“项目支出”工作表", "the 项目支出 sheet is absent");
  if (projects.rows.every((p) => p.isKey === undefined)) {
    return failed(
      "项目支出表未填写“是否重点项目”",
      "no project in 项目支出 says whether it is a key project (是否重点项目)",
    );
  }
  const label = "重点项目实际支出数";
  const keyRows = projects.rows.filter((p) => p.isKey === true);
  if (keyRows.length === 0) return { ok: true, value: new Decimal(0), input: input(label, new Decimal(0), "") };
  return readSum(
    keyRows.map((p) => p.values["实际支出数"] ?? { state: "blank" }),
    label,
  );
}

export function keySpendingRate(model: DepartmentModel): IndicatorResult {
  const formula = "重点项目实际支出数（是否重点项目 = 是） / 收支总表 项目支出 决算数 × 100%";
  return ratio(
    "keySpendingRate",
    formula,
    keyProjectSpending(model),
    readSummary(model, "项目支出", "决算数"),
    "项目支出 决算数",
  );
}

export function executionRate(model: DepartmentModel): IndicatorResult {
  const actual = readSummary(model, "本年支出合计", "决算数");
  const budget = readSummary(model, "本年支出合计", "调整后预算数");
  return ratio(
    "executionRate",
    "本年支出合计 决算数 / 调整后预算数 × 100%",
    actual,
    budget,
    "本年支出合计 调整后预算数",
  );
}

export function adjustmentRate(model: DepartmentModel): IndicatorResult {
  const adjusted = readSummary(model, "本年支出合计", "调整后预算数");
  const initial = readSummary(model, "本年支出合计", "年初预算数");
  const formula = "(本年支出合计 调整后预算数 − 年初预算数) / 年初预算数 × 100%";
  return ratio("adjustmentRate", formula, adjusted, initial, "本年支出合计 年初预算数", true);
}

/** Against 调整后预算数; against 决算数 when the workbook gives no budget for 本年支出合计. */
export function carryoverRate(model: DepartmentModel): IndicatorResult {
  const { end } = yearEndBalances(model);
  const budget = model.summary.rows["本年支出合计"]?.values["调整后预算数"];
  const hasBudget = "调整后预算数" in model.summary.columns && budget !== undefined && budget.state !== "blank";
  const column = hasBudget ? "调整后预算数" : "决算数";
  const formula = hasBudget
    ? "年末结转和结余 / 本年支出合计 调整后预算数 × 100%"
    : "年末结转和结余 / 本年支出合计 决算数 × 100%（收支总表无调整后预算数，以决算数计算）";
  return ratio("carryoverRate", formula, end, readSummary(model, "本年支出合计", column), `本年支出合计 ${column}`);
}

export function carryoverChangeRate(model: DepartmentModel): IndicatorResult {
  const { end, start } = yearEndBalances(model);
  const formula = "(年末结转和结余 − 年初结转和结余) / 年初结转和结余 × 100%";
  return ratio("carryoverChangeRate", formula, end, start, "年初结转和结余", true);
}

export function publicControlRate(model: DepartmentModel): IndicatorResult {
  const actual = readSummary(model, "公用经费", "决算数");
  const budget = readSummary(model, "公用经费", "调整后预算数");
  return ratio(
    "publicControlRate",
    "公用经费 决算数 / 公用经费 调整后预算数 × 100%",
    actual,
    budget,
    "公用经费 调整后预算数",
  );
}

function readOther(model: DepartmentModel, key: string): Read {
  if (!model.other) return failed("缺少“其他指标”工作表", "the 其他指标 sheet is absent");
  return readRequired(model.other[key], key);
}

export function procurementRate(model: DepartmentModel): IndicatorResult {
  const formula = "政府采购实际金额 / 政府采购预算数 × 100%";
  return ratio(
    "procurementRate",
    formula,
    readOther(model, "政府采购实际金额"),
    readOther(model, "政府采购预算数"),
    "政府采购预算数",
  );
}

export function assetUtilisationRate(model: DepartmentModel): IndicatorResult {
  const formula = "在用固定资产总额 / 固定资产总额 × 100%";
  return ratio(
    "assetUtilisationRate",
    formula,
    readOther(model, "在用固定资产总额"),
    readOther(model, "固定资产总额"),
    "固定资产总额",
  );
}
