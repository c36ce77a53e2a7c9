import { readWorkbook } from "../../../src/core/reader";
import { sheetFromRows } from "../../../src/core/snapshot";
import { templateSnapshot } from "../../../src/core/template-layout";
import { balancedSnapshot } from "../../fixtures/department";
import { findingsOf, show, withCells } from "./helpers";

const required = {
  info: { 单位名称: "示范县工业和信息化局", 年度: 2022 },
  summary: {
    本年收入合计: { 决算数: 0 },
    收入总计: { 决算数: 0 },
    本年支出合计: { 决算数: 0 },
    支出总计: { 决算数: 0 },
  },
};

describe("支出明细 codes", () => {
  it("reads codes as numbers, text, 206.0 or full-width, with the level by length, and no DATA-TEXTNUM for text codes", () => {
    const snapshot = templateSnapshot({
      ...required,
      expenditure: {
        rows: [
          { 科目编码: 206, 科目名称: "科学技术支出", 合计: 3 },
          { 科目编码: "20604", 科目名称: "技术研究与开发", 合计: 3 },
          { 科目编码: "２０６０４０１", 科目名称: "机构运行", 合计: 1 },
          { 科目编码: 2060499.0, 科目名称: "其他技术研究与开发支出", 合计: 2 },
          { 科目编码: "206.0", 科目名称: "重复的类", 合计: 0 },
          { 科目编码: "2060", 科目名称: "四位编码", 合计: 0 },
          { 科目编码: "206040101", 科目名称: "九位编码", 合计: 0 },
        ],
        total: { 合计: 3 },
      },
    });

    const result = readWorkbook(snapshot);

    expect(result.model.expenditure!.rows.map((r) => `${r.code} ${r.level} ${r.name}`)).toEqual([
      "206 类 科学技术支出",
      "20604 款 技术研究与开发",
      "2060401 项 机构运行",
      "2060499 项 其他技术研究与开发支出",
      "2060 款 四位编码",
      "206040101 项 九位编码",
    ]);
    expect(result.findings.map((f) => `${f.rule} ${f.cells.join(" ")}`)).toEqual(["DATA-DUP 支出明细!A5 支出明细!A9"]);
  });

  it("finds the 合计 row in the code column, and reports a row with figures but no code", () => {
    const snapshot = withCells(balancedSnapshot(), "支出明细", { A13: "合  计", B13: null, A8: null });
    const result = readWorkbook(snapshot);

    expect(result.model.expenditure!.total?.labelCell).toBe("支出明细!A13");
    expect(result.model.expenditure!.rows.map((r) => r.code)).not.toContain("213");
    expect(result.findings.map((f) => `${f.rule} ${f.cells} ${f.fingerprint}`)).toEqual([
      "DATA-MISSING 支出明细!A8 DATA-MISSING|支出明细|农林水支出|科目编码",
    ]);
  });

  it("ignores a 栏次 row and a note under the table", () => {
    let snapshot = withCells(balancedSnapshot(), "支出明细", { A5: null, B5: "栏次", C5: 1, D5: 2, E5: 3, F5: 4 });
    snapshot = withCells(snapshot, "支出明细", { B15: "注：本表按功能分类列示。" });
    const result = readWorkbook(snapshot);

    expect(result.model.expenditure!.rows.map((r) => r.code)[0]).toBe("20604");
    expect(result.findings).toEqual([]);
  });
});

describe("项目支出", () => {
  it("reads 是否重点项目 as 是/否, √/×, Y/N and TRUE/FALSE, and leaves other text undecided", () => {
    const flags = ["√", "N", "Y", "待定"];
    const cells = Object.fromEntries(flags.map((f, i) => [`H${4 + i}`, f]));
    const result = readWorkbook(withCells(balancedSnapshot(), "项目支出", { ...cells, I4: "追加项目" }));

    expect(result.model.projects!.rows.map((p) => p.isKey)).toEqual([true, false, true, undefined]);
    expect(result.model.projects!.rows[0].note).toEqual({ value: "追加项目", cell: "项目支出!I4" });
    expect(result.findings).toEqual([]);
  });

  it("keeps a code stored as text as its digits, without a finding", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "项目支出", { B4: " 2060401 ", B5: 2100499 }));
    expect(result.model.projects!.rows.slice(0, 2).map((p) => p.code)).toEqual([
      { value: "2060401", cell: "项目支出!B4" },
      { value: "2100499", cell: "项目支出!B5" },
    ]);
    expect(result.findings).toEqual([]);
  });
});

describe("绩效目标 values", () => {
  it("reads a percentage cell (0.95 formatted 0%) and percentage text as 95", () => {
    const snapshot = withCells(balancedSnapshot(), "绩效目标", {
      D8: { value: 0.9, numFmt: "0%" },
      E8: { value: 0.95, numFmt: "0.00%" },
      D5: "≥95%",
      E5: "100%",
      D3: "180个",
    });
    const result = readWorkbook(snapshot);
    const [base, , timely, , , satisfaction] = result.model.targets!;

    expect(show(satisfaction.target)).toBe("90@绩效目标!D8");
    expect(show(satisfaction.actual)).toBe("95@绩效目标!E8");
    expect(show(timely.target)).toBe("95@绩效目标!D5");
    expect(show(timely.actual)).toBe("100@绩效目标!E5");
    expect(show(base.target)).toBe("180@绩效目标!D3");
    expect(result.findings).toEqual([]);
  });

  it("reports a target that is not a number (DATA-NOTNUM)", () => {
    const result = readWorkbook(withCells(balancedSnapshot(), "绩效目标", { E4: "基本合格" }));
    expect(result.model.targets![1].actual).toEqual({
      state: "unreadable",
      cell: "绩效目标!E4",
      rule: "DATA-NOTNUM",
      raw: "基本合格",
    });
    expect(findingsOf(result, "DATA-NOTNUM").map((f) => f.fingerprint)).toEqual([
      "DATA-NOTNUM|绩效目标|项目验收合格率|实际值",
    ]);
  });

  it("applies a 指标类别 merged down over several rows to each of them", () => {
    const targets = sheetFromRows(
      "绩效目标",
      [
        ["指标类别", "指标名称", "计量单位", "目标值", "实际值"],
        ["产出-数量", "建成5G宏基站", "个", 180, 185],
        [null, "培育专精特新企业", "家", 5, 6],
        [null, "服务对象满意度", "%", 90, 95],
      ],
      { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }] },
    );
    const snapshot = templateSnapshot(required);
    snapshot.sheets.push(targets);

    const result = readWorkbook(snapshot);

    expect(result.model.targets!.map((t) => `${t.category}|${t.name}`)).toEqual([
      "产出-数量|建成5G宏基站",
      "产出-数量|培育专精特新企业",
      "|服务对象满意度",
    ]);
  });
});

describe("text sheets", () => {
  it("reads 报告素材 paragraphs by 章节, a 章节 left empty continuing the one above", () => {
    const snapshot = templateSnapshot({
      ...required,
      materials: [
        { 章节: "主要职责", 内容: "负责全县工业经济运行监测。" },
        { 章节: "社会效益", 内容: "建成5G宏基站185个。" },
        { 内容: "培育专精特新企业6家。" },
      ],
    });
    const result = readWorkbook(snapshot);
    expect(result.model.materials).toEqual([
      { section: "主要职责", text: "负责全县工业经济运行监测。", cell: "报告素材!B3" },
      { section: "社会效益", text: "建成5G宏基站185个。", cell: "报告素材!B4" },
      { section: "社会效益", text: "培育专精特新企业6家。", cell: "报告素材!B5" },
    ]);
  });

  it("reads 报告草稿 column A, one paragraph per cell, skipping empty rows", () => {
    const draft = sheetFromRows("文字稿", [
      ["一、基本情况"],
      [],
      ["  本局2022年度支出1196.29万元。 "],
      [null, "旁注不读"],
    ]);
    const snapshot = templateSnapshot(required);
    snapshot.sheets.push(draft);

    expect(readWorkbook(snapshot).model.draft).toEqual([
      { value: "一、基本情况", cell: "文字稿!A1" },
      { value: "本局2022年度支出1196.29万元。", cell: "文字稿!A3" },
    ]);
  });

  it("reads a paragraph merged down over several rows once, from its top-left cell", () => {
    // Some hosts repeat the top-left value in every cell of a merged area.
    const long = "本局认真贯彻落实中央八项规定精神，严格控制“三公”经费。";
    const draft = sheetFromRows("报告草稿", [[long], [long], [long], ["第二段。"]], {
      merges: [{ top: 1, left: 1, bottom: 3, right: 1 }],
    });
    const snapshot = templateSnapshot(required);
    snapshot.sheets.push(draft);

    expect(readWorkbook(snapshot).model.draft?.map((p) => p.cell)).toEqual(["报告草稿!A1", "报告草稿!A4"]);
  });

  it("reads 其他指标 in its own unit and 自评打分 scores", () => {
    const snapshot = templateSnapshot({
      ...required,
      other: { 政府采购预算数: 500000, 年初预算追加数: -20000 },
      sheetUnits: { 其他指标: "元" },
      selfScores: [{ 指标名称: "管理制度健全性", 得分: "2.5", 说明: "制度较完善" }],
    });
    const result = readWorkbook(snapshot);

    expect(show(result.model.other!["政府采购预算数"])).toBe("50@其他指标!B3");
    expect(show(result.model.other!["年初预算追加数"])).toBe("-2@其他指标!B8");
    expect(result.model.selfScores).toEqual([
      {
        name: "管理制度健全性",
        nameCell: "自评打分!A3",
        score: expect.objectContaining({ state: "value", cell: "自评打分!B3" }),
        note: "制度较完善",
      },
    ]);
    expect(show(result.model.selfScores![0].score)).toBe("2.5@自评打分!B3");
    expect(result.findings).toEqual([]);
  });
});
