import { composeReport } from "../../../src/core/report";
import { loadProfile } from "../../../src/core/scoring";
import defaultProfileJson from "../../../src/core/scoring/default-profile.json";
import { balancedDepartment } from "../../fixtures/department";
import { check, paragraphWith, subsection } from "./helpers";

/** An unscored item counts 0, or is left out with the total rescaled — as the profile says, never both. */

function unscoredDepartment() {
  const d = balancedDepartment();
  delete d.selfScores;
  return d;
}

function card(doc: ReturnType<typeof composeReport>): string[][] {
  const t = doc.blocks.find((b) => b.kind === "table" && b.id === "scorecard");
  if (t?.kind !== "table") throw new Error("no scorecard");
  return t.rows;
}

describe("the scorecard's unscored items", () => {
  it("counts them 0 under the default profile: no 折算 row, the total is the sum of the printed scores", () => {
    const doc = composeReport(check(unscoredDepartment()));
    const rows = card(doc);
    expect(rows.some((r) => r[0] === "折算得分")).toBe(false);
    const items = rows.filter((r) => r[2] !== "");
    const sum = items.reduce((a, r) => a + (r[5] === "未评分" ? 0 : Number(r[5])), 0);
    expect(Number(rows.find((r) => r[0] === "合计")![5])).toBeCloseTo(sum, 2);
    expect(paragraphWith(subsection(doc, "自评结果"), "经自评").text).toContain("按评分方案计0分，暂不评定等级");
  });

  it("rescales to the full points on a row of its own when the profile says rescale, and grades the scaled score", () => {
    const profile = loadProfile({ ...defaultProfileJson, unscored: "rescale" });
    const doc = composeReport(check(unscoredDepartment()), { profile });
    const rows = card(doc);
    const total = Number(rows.find((r) => r[0] === "合计")![5]);
    const scaled = rows.find((r) => r[0] === "折算得分")!;
    const result = check(unscoredDepartment()).score!;
    expect(Number(scaled[5])).toBeCloseTo((total / result.scoredPoints.toNumber()) * 100, 2);
    expect(scaled[6]).toMatch(/^未评分指标不计入，按已评分值\d+分折算为100分制$/);
    const p = paragraphWith(subsection(doc, "自评结果"), "经自评").text;
    expect(p).toContain(`折算得分${scaled[5]}分，评价等级为“`);
    expect(p).not.toContain("计0分");
  });
});

describe("the department named one way", () => {
  it("says 我局 in generated and pasted text alike when the profile asks for it, the full name in the title and 落款", () => {
    const profile = loadProfile({ ...defaultProfileJson, selfReference: { "zh-CN": "我局", "en-US": "we" } });
    const d = balancedDepartment();
    d.materials = [{ 章节: "主要职责", 内容: "本局是县政府主管工业经济的职能部门。" }];
    const doc = composeReport(check(d), { profile, date: "2023-03-31" });
    const texts = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
    expect(texts).toContain("我局是县政府主管工业经济的职能部门。");
    expect(texts.some((t) => t.startsWith("我局的主要职责是："))).toBe(true);
    expect(texts.filter((t) => t.includes("本局"))).toEqual([]);
    expect(doc.title.startsWith("示范县工业和信息化局")).toBe(true);
    const sign = doc.blocks.find((b) => b.kind === "signature");
    expect(sign?.kind === "signature" && sign.lines).toEqual(["示范县工业和信息化局", "2023年3月31日"]);
  });
});
