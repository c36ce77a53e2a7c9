/**
 * The corpus: report texts in the styles departments publish (决算说明 of counties and cities,
 * 部门整体支出绩效自评报告, a PDF copy with a pasted table), every figure of which adds up and
 * recomputes. `infos` are the 尾差 a text states on purpose. Each variant injects ONE error
 * into one text and names every finding it must cause: the rule, the paragraph (by how it
 * starts) and a figure the quoted sentence contains.
 */

export interface ExpectedFinding {
  rule: string;
  paragraph: string;
  quote: string;
}

export interface CorpusText {
  file: string;
  /** Findings of severity info the correct text has (a 尾差 written on purpose). */
  infos?: ExpectedFinding[];
}

export interface Variant {
  file: string;
  what: string;
  /** Replaced once; the original must occur exactly once. */
  from: string;
  to: string;
  expect: ExpectedFinding[];
}

export const TEXTS: CorpusText[] = [
  { file: "county-agri-final-accounts-2022.txt" },
  { file: "city-education-selfeval-2022.txt" },
  { file: "county-health-selfeval-2023-yuan.txt" },
  { file: "county-market-final-accounts-2023.txt" },
  { file: "pdf-copy-water-final-accounts-2022.txt" },
  { file: "township-selfeval-2022.txt" },
  { file: "city-transport-final-accounts-2023.txt" },
  {
    file: "county-drc-selfeval-2022.txt",
    infos: [{ rule: "TXT-SUM", paragraph: "2、项目支出350.27万元", quote: "350.27万元" }],
  },
];

/** An expected finding: its rule, how its paragraph starts, and a figure its quote contains. */
export const find = (rule: string, paragraph: string, quote: string): ExpectedFinding => ({ rule, paragraph, quote });
