import { text } from "../../i18n";
import type { ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { materialsFor } from "../materials";
import { subsections } from "../outline";
import { economyBlocks } from "./economy";
import { benefitBlocks, efficiencyBlocks } from "./results";
import { scoreBlocks } from "./score";

/** 三、部门整体支出绩效情况: （一）经济性 （二）行政效能 （三）效益 （四）自评得分, then 其他 material. */

const T = {
  economy: text("经济性评价", "Economy"),
  efficiency: text("行政效能评价", "Efficiency and administrative effectiveness"),
  benefits: text("效益评价", "Effectiveness"),
  score: text("自评得分情况", "Self-evaluation score"),
};

export function performanceSection(ctx: ReportContext): ReportBlock[] {
  return [
    ...subsections(ctx.lang, [
      { title: T.economy, blocks: economyBlocks(ctx) },
      { title: T.efficiency, blocks: efficiencyBlocks(ctx) },
      { title: T.benefits, blocks: benefitBlocks(ctx) },
      { title: T.score, blocks: scoreBlocks(ctx) },
    ]),
    ...materialsFor(ctx, "其他"),
  ];
}
