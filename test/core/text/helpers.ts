import { Decimal } from "../../../src/core/money";
import type { Amount, AmountUnit, DepartmentModel, ExpenditureRow, Table } from "../../../src/core/model";
import { checkText, type TextCheckOptions, type TextFinding } from "../../../src/core/text";

/** Findings of one rule for a text. */
export function findingsOf(rule: string, text: string, options?: TextCheckOptions): TextFinding[] {
  return checkText(text, options).findings.filter((f) => f.rule === rule);
}

/** The only finding of a rule; fails the test when there is none or more than one. */
export function onlyFinding(rule: string, text: string, options?: TextCheckOptions): TextFinding {
  const found = findingsOf(rule, text, options);
  expect(found).toHaveLength(1);
  return found[0];
}

function value(v: string, cell: string): Amount {
  return { state: "value", value: new Decimal(v), cell };
}

const SUMMARY_COLUMNS: Record<string, string> = { 年初预算数: "B", 调整后预算数: "C", 决算数: "D", 上年决算数: "E" };

function table(sheet: string, columns: Record<string, string>, rows: Record<string, Record<string, string>>): Table {
  const t: Table = { sheet, columns: {}, rows: {} };
  for (const [name, col] of Object.entries(columns)) t.columns[name] = `${sheet}!${col}3`;
  Object.entries(rows).forEach(([label, values], i) => {
    const row = i + 4;
    t.rows[label] = {
      label,
      rawLabel: label,
      row,
      labelCell: `${sheet}!A${row}`,
      values: Object.fromEntries(Object.entries(values).map(([c, v]) => [c, value(v, `${sheet}!${columns[c]}${row}`)])),
    };
  });
  return t;
}

/**
 * A department model with the given 收支总表 rows (`{ 基本支出: { 决算数: "696.39" } }`),
 * and optionally 支出明细 类 rows (`{ "206 科学技术支出": { 项目支出: "225.21" } }`) and 三公经费 rows.
 */
export function modelWith(spec: {
  unit?: AmountUnit;
  summary: Record<string, Record<string, string>>;
  classes?: Record<string, Record<string, string>>;
  threePublic?: Record<string, Record<string, string>>;
}): DepartmentModel {
  const unit = spec.unit ?? "万元";
  const model: DepartmentModel = {
    unit,
    sheets: { 收支总表: "收支总表" },
    sheetUnits: { 收支总表: unit },
    info: { year: { value: 2022, cell: "基本情况!B3" } },
    summary: table("收支总表", SUMMARY_COLUMNS, spec.summary),
  };
  if (spec.classes) {
    const columns: Record<string, string> = { 合计: "C", 人员经费: "D", 公用经费: "E", 项目支出: "F" };
    const rows: ExpenditureRow[] = Object.entries(spec.classes).map(([codeName, values], i) => {
      const [code, name] = codeName.split(" ");
      const row = i + 5;
      return {
        code,
        codeCell: `支出明细!A${row}`,
        name,
        level: "类",
        row,
        values: Object.fromEntries(
          Object.entries(values).map(([c, v]) => [c, value(v, `支出明细!${columns[c]}${row}`)]),
        ),
      };
    });
    model.expenditure = { sheet: "支出明细", columns: {}, rows };
  }
  if (spec.threePublic) {
    model.threePublic = table("三公经费", { 上年决算数: "B", 本年预算数: "C", 本年决算数: "D" }, spec.threePublic);
  }
  return model;
}

/** The text as a PDF copy gives it: paragraphs indented, lines cut at a fixed width (tables kept). */
export function hardWrap(text: string, columns: number): string {
  const width = (ch: string) => (/[\u2e80-\uffef]/.test(ch) ? 2 : 1);
  return text
    .split("\n")
    .map((line) => {
      if (line.trim() === "" || line.includes("\t")) return line;
      const lines: string[] = [];
      let current = "";
      let used = 0;
      for (const ch of line.trim()) {
        if (used + width(ch) > columns) {
          lines.push(current);
          current = "";
          used = 0;
        }
        current += ch;
        used += width(ch);
      }
      lines.push(current);
      return `\u3000\u3000${lines.join("\n")}`;
    })
    .join("\n");
}
