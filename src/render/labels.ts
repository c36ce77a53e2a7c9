import { fill, text, type Lang, type Localized } from "../core/i18n";

/** The few words the renderers add around the composer's text. */
export const LABELS = {
  reportText: text("报告正文", "Report text"),
  sources: text("资料来源（单元格）", "Sources (cells)"),
  figure: text("图{n}", "Figure {n}"),
  category: text("项目", "Item"),
  material: text("单位原文（报告素材），未改写", "The department's own text (报告素材), not rewritten"),
  noData: text("无数据", "No data"),
  todo: text("待补充清单", "Data to add"),
  number: text("序号", "No."),
  todoWhat: text("需补充的内容", "What to add"),
  todoWhere: text("填写位置", "Where"),
} satisfies Record<string, Localized>;

export function label(key: keyof typeof LABELS, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(LABELS[key][lang], params);
}

/** `图1 本年支出结构（单位：万元）`: the caption every renderer gives a chart. */
export function chartCaption(n: number, title: string, unit: string, lang: Lang): string {
  const fig = label("figure", lang, { n });
  return lang === "zh-CN" ? `${fig} ${title}（单位：${unit}）` : `${fig} ${title} (unit: ${unit})`;
}
