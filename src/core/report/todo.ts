import { text } from "../i18n";
import { formatIndicatorValue } from "../indicators";
import type { ScoredItem } from "../result";
import type { ReportContext } from "./context";
import type { FigureSource, ReportBlock, TodoItem } from "./document";
import { FORMULA_WORDS } from "./formulas";
import { heldMaterials } from "./materials";

/**
 * What the report leaves to the user, kept out of the body: the 待补充清单 (each item names
 * the sheet and row or cell to fill) and the 数据来源 list behind the figures.
 */

const T = {
  selfScores: text(
    "在“自评打分”表填写{n}项自评指标的得分：{names}",
    "Fill in the scores of {n} items in 自评打分: {names}",
  ),
  selfScoresSheet: text("自评打分（新增工作表）", "自评打分 (a new sheet)"),
  item: text("“{name}”未评分：{reason}", "“{name}” not scored: {reason}"),
  addSheets: text(
    "按模板新增并填写“{sheets}”工作表，以评价：{names}",
    "Add and fill in the {sheets} sheet as in the template, to score: {names}",
  ),
  newSheet: text("{sheets}（新增工作表）", "{sheets} (a new sheet)"),
};

function enumeration(ctx: ReportContext): string {
  return ctx.lang === "zh-CN" ? "、" : ", ";
}

const CELL_REF = /[\p{Script=Han}\w]+![A-Z]{1,3}\d+/gu;

function where(reason: string, fallback: string): string {
  const cells = reason.match(CELL_REF);
  return cells ? [...new Set(cells)].join("、") : fallback;
}

function isMissingSheet(item: ScoredItem, ctx: ReportContext): boolean {
  return item.source === "Q" && !ctx.model.selfScores;
}

export function todoItems(ctx: ReportContext): TodoItem[] {
  const score = ctx.result.score;
  const out: TodoItem[] = [];
  const unscored = score?.items.filter((i) => i.score === undefined) ?? [];
  const noSheet = unscored.filter((i) => isMissingSheet(i, ctx));
  if (noSheet.length > 0) {
    out.push({
      what: ctx
        .t(T.selfScores)
        .replace("{n}", String(noSheet.length))
        .replace("{names}", noSheet.map((i) => i.name).join(ctx.lang === "zh-CN" ? "、" : ", ")),
      where: ctx.t(T.selfScoresSheet),
    });
  }
  // Items that wait for the same missing sheets are one thing to do: add those sheets.
  const bySheets = new Map<string, string[]>();
  for (const item of unscored) {
    if (isMissingSheet(item, ctx)) continue;
    const reason = (item.reason?.[ctx.lang] ?? "").replace(/^(无法计算[：:]|cannot compute:\s*)/i, "");
    const sheets = [...reason.matchAll(/缺少“([^”]+)”工作表|the (\S+) sheet is (?:absent|missing)/g)].map(
      (m) => m[1] ?? m[2],
    );
    if (sheets.length > 0) {
      const key = [...new Set(sheets)].join(enumeration(ctx));
      bySheets.set(key, [...(bySheets.get(key) ?? []), item.name]);
      continue;
    }
    const own = ctx.model.selfScores?.find((s) => s.name === item.name);
    const fallback = item.source === "Q" ? (own ? own.nameCell : (ctx.model.sheets.自评打分 ?? "自评打分")) : "—";
    out.push({
      what: ctx.t(T.item).replace("{name}", item.name).replace("{reason}", reason),
      where: where(reason, fallback),
    });
  }
  for (const [sheets, names] of bySheets) {
    out.push({
      what: ctx
        .t(T.addSheets)
        .replace("{sheets}", sheets)
        .replace("{names}", names.join(enumeration(ctx))),
      where: ctx.t(T.newSheet).replace("{sheets}", sheets),
    });
  }
  return [...out, ...heldMaterials(ctx)];
}

/** Words that name a figure only together with the one before it. */
const LEANING = new Set(["占", "增长", "下降", "实有", "办结", "完成", "实际", "increase", "decrease"]);

/** The subject a sentence opens with: `项目支出` of `项目支出占本年支出合计的41.79%，…`. */
function sentenceSubject(textValue: string, at: number): string {
  const start = Math.max(textValue.lastIndexOf("。", at), textValue.lastIndexOf("；", at)) + 1;
  const m = /^(?:\d+、)?([^，。；：\d]+?)(?=占|较|为|\d|，|$)/.exec(textValue.slice(start, at));
  return m ? m[1].replace(/^上年/, "") : "";
}

/** The words before a figure in its sentence: what the figure is. */
function labelBefore(textValue: string, at: number): string {
  const head = textValue.slice(0, at);
  const start =
    Math.max(...["，", "。", "；", "：", "（", "）", "、", ",", ";", ":", "(", ")"].map((p) => head.lastIndexOf(p))) +
    1;
  return head
    .slice(start)
    .replace(/^(\d+、|其中)/, "")
    .trim();
}

export function figureSources(ctx: ReportContext, blocks: ReportBlock[]): FigureSource[] {
  const out: FigureSource[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== "paragraph") continue;
    let cursor = 0;
    for (const f of b.figures) {
      const at = b.text.indexOf(f.text, cursor);
      if (at < 0 || f.text === "") continue;
      cursor = at + f.text.length;
      const key = `${f.text}|${f.cells.join(",")}`;
      // The year stands in the title; a row for it in 数据来源 would say nothing.
      if (seen.has(key) || f.cells.length === 0 || f.cells[0] === ctx.model.info.year?.cell) continue;
      seen.add(key);
      const cells = new Set(f.cells);
      let what = labelBefore(b.text, at);
      // The indicator this percentage states: named in its words, else the one with the same cells.
      const candidates = ctx.result.indicators.filter(
        (i) => i.value !== undefined && formatIndicatorValue(i, ctx.lang) === f.text,
      );
      const sameCells = (i: (typeof candidates)[number]): boolean => {
        const own = i.inputs.flatMap((input) => input.cell.split(",").map((c) => c.trim())).filter((c) => c !== "");
        return own.length === cells.size && own.every((c) => cells.has(c));
      };
      const ind = candidates.find((i) => what.includes(i.name)) ?? candidates.find(sameCells);
      const formula = ind && FORMULA_WORDS[ind.id] ? ctx.t(FORMULA_WORDS[ind.id]) : undefined;
      // `占`, `增长`, `实有`: a word that says what only beside the figure before it.
      const previous = out.at(-1);
      if (LEANING.has(what) && previous) what = `${previous.label.replace(/(计划|增加|减少)$/, "")}${what}`;
      // `较上年增加` says of what only at the start of its sentence: `项目支出占…，较上年增加…`.
      if (/^(本年)?较上年/.test(what)) what = `${sentenceSubject(b.text, at)}${what.replace(/^本年/, "")}`;
      out.push({ text: f.text, label: what, cells: [...f.cells], ...(formula && { formula }) });
    }
  }
  return out;
}

/**
 * `收支总表!D4、收支总表!D12` → `收支总表!D4、D12`, and a run of rows in one column as a
 * range (`基本情况!D10:D14`): the sheet named once per run.
 */
export function compactCells(list: string[]): string {
  const cells = [...new Set(list)];
  type Ref = { sheet: string; col: string; row: number } | { raw: string };
  const parsed = cells.map((c): Ref => {
    const m = /^(.+)!([A-Z]+)(\d+)$/.exec(c);
    return m ? { sheet: m[1], col: m[2], row: Number(m[3]) } : { raw: c };
  });
  const out: string[] = [];
  let sheet = "";
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    if ("raw" in p) {
      out.push(p.raw);
      sheet = "";
      continue;
    }
    let j = i;
    while (j + 1 < parsed.length) {
      const q = parsed[j + 1];
      if ("raw" in q || q.sheet !== p.sheet || q.col !== p.col || q.row !== p.row + (j + 1 - i)) break;
      j += 1;
    }
    const last = parsed[j] as typeof p;
    const ref = j - i >= 2 ? `${p.col}${p.row}:${last.col}${last.row}` : `${p.col}${p.row}`;
    out.push(p.sheet === sheet ? ref : `${p.sheet}!${ref}`);
    sheet = p.sheet;
    if (j - i === 1) out.push(`${last.col}${last.row}`);
    i = j;
  }
  return out.join("、");
}
