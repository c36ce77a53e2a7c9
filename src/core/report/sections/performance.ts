import { text } from "../../i18n";
import { paragraph } from "../builder";
import type { ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { subsections } from "../outline";
import { enumerationComma, sentence } from "../phrases";
import { economyBlocks } from "./economy";
import { benefitBlocks, efficiencyBlocks } from "./results";
import { scoreBlocks } from "./score";

/**
 * 三、绩效情况及自评结果: （一）经济性 （二）行政效能 （三）效益 （四）自评结果. A part without
 * data is left out, and one sentence says which parts could not be evaluated.
 */

const T = {
  economy: text("经济性评价", "Economy"),
  efficiency: text("行政效能评价", "Efficiency and administrative effectiveness"),
  benefits: text("效益评价", "Effectiveness"),
  score: text("自评结果", "Self-evaluation result"),
  missing: text(
    "因工作簿缺少相关数据，{parts}未能评价，需补充的数据见待补充清单",
    "For lack of data in the workbook, {parts} could not be evaluated; the data to add are in the to-do list",
  ),
};

export function performanceSection(ctx: ReportContext): ReportBlock[] {
  const parts = [
    { title: T.economy, blocks: economyBlocks(ctx) },
    { title: T.efficiency, blocks: efficiencyBlocks(ctx) },
    { title: T.benefits, blocks: benefitBlocks(ctx) },
  ];
  const missing = parts.filter((p) => p.blocks.length === 0).map((p) => ctx.t(p.title).replace(/评价$/, ""));
  const score = scoreBlocks(ctx);
  if (missing.length > 0 && missing.length < parts.length) {
    const said = paragraph(sentence(ctx, [ctx.s(T.missing, { parts: missing.join(enumerationComma(ctx.lang)) })]));
    score.splice(score.length > 0 ? 1 : 0, 0, said);
  }
  return subsections(ctx.lang, [...parts, { title: T.score, blocks: score }]);
}
