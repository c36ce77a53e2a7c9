import { SEED_REPORT_TEXT } from "./taojiang-kegongju-2022-report";

/**
 * The 报告素材 of the sample: the paragraphs of the retold seed report that no figure of the
 * workbook supports (主要职责, 资产管理, 财务管理制度, 政府采购, 固定资产, 信息公开 and the
 * 社会效益 items), taken from the report text itself so that the two never drift apart. The last
 * 社会效益 item is cut off mid-sentence, as in the published report.
 */

const PARAGRAPHS = SEED_REPORT_TEXT.split("\n").map((line) => line.trim());

function paragraph(startsWith: string): string {
  const found = PARAGRAPHS.find((p) => p.startsWith(startsWith));
  if (!found) throw new Error(`The seed report has no paragraph starting with ${startsWith}`);
  return found;
}

const DEPARTMENT_LINE = paragraph("桃江县科工局是");
const DUTIES_MARK = "承担以下职责：";

/** 基本情况 主要职责: what follows “承担以下职责：”. */
export const SEED_DUTIES = DEPARTMENT_LINE.slice(DEPARTMENT_LINE.indexOf(DUTIES_MARK) + DUTIES_MARK.length);

const ADMINISTRATION = [
  "为加强部门整体支出",
  "1、严格执行财务管理制度",
  "2、加强政府采购管理",
  "3、加强固定资产管理",
  "4、加强政府信息公开",
];
const SOCIAL = [
  "2022年，在县委",
  "1、聚焦“强政策”",
  "2、聚焦“育主体”",
  "3、聚焦“优创新”",
  "4、聚焦“新基建”",
  "5、坚持“稳”字为基",
];

export const SEED_MATERIALS: { 章节: string; 内容: string }[] = [
  { 章节: "主要职责", 内容: DEPARTMENT_LINE.slice(0, DEPARTMENT_LINE.indexOf("，承担")) + "。" },
  { 章节: "经济性", 内容: paragraph("我局进一步加强资产管理") },
  ...ADMINISTRATION.map((start) => ({ 章节: "行政效能", 内容: paragraph(start) })),
  ...SOCIAL.map((start) => ({ 章节: "社会效益", 内容: paragraph(start) })),
];
