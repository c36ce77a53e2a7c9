import { checkWorkbook } from "../../src/core/check";
import type { CellValue, SnapshotCell, SnapshotSheet, WorkbookSnapshot } from "../../src/core/snapshot";
import { cellRef } from "../../src/core/snapshot";
import { snapshotFromBuffer } from "../../src/hosts/file/read";
import { sampleWorkbook } from "../../samples";
import { SEED_DUTIES } from "../../samples/taojiang-kegongju-2022-materials";

/** The sample as a user gets it: the .xlsx file that `jixiao sample` writes, read back. */
let snap: WorkbookSnapshot;
beforeAll(async () => {
  snap = await snapshotFromBuffer(await sampleWorkbook());
});

const plain = (v: CellValue): string | number | undefined =>
  v.type === "string" || v.type === "number" ? v.value : undefined;

function sheet(name: string): SnapshotSheet {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The cell in the row labelled `label` (any text column) and the column headed `header`. */
function at(name: string, label: string, header: string): SnapshotCell {
  const s = sheet(name);
  const head = s.cells.filter((c) => plain(c.value) === header).sort((a, b) => b.row - a.row)[0];
  const rowCell = s.cells.find((c) => c.row > head.row && plain(c.value) === label);
  const found = rowCell && s.cells.find((c) => c.row === rowCell.row && c.col === head.col);
  if (!found) throw new Error(`${name}: no ${label} × ${header}`);
  return found;
}

const value = (name: string, label: string, header: string) => plain(at(name, label, header).value);

/** Key–value sheets: the value right of the key. */
function keyValue(name: string, key: string): string | number | undefined {
  const s = sheet(name);
  const k = s.cells.find((c) => c.col === 1 && plain(c.value) === key);
  return k && plain(s.cells.find((c) => c.row === k.row && c.col === 2)?.value ?? { type: "empty" });
}

describe("the 桃江县科工局 2022 sample holds every figure of the seed at its label", () => {
  it("基本支出 696.39 = 人员经费 603.83 + 公用经费 92.56, 项目支出 499.91 (收支总表 决算数)", () => {
    expect(value("收支总表", "基本支出", "决算数")).toBe(696.39);
    expect(value("收支总表", "人员经费", "决算数")).toBe(603.83);
    expect(value("收支总表", "公用经费", "决算数")).toBe(92.56);
    expect(value("收支总表", "项目支出", "决算数")).toBe(499.91);
    expect(value("收支总表", "本年支出合计", "决算数")).toBe(1196.3);
  });

  it("项目支出 by function class 225.21, 200.65, 2.04, 72, and 499.91 in the 支出明细 合计 row", () => {
    expect(value("支出明细", "科学技术支出", "项目支出")).toBe(225.21);
    expect(value("支出明细", "卫生健康支出", "项目支出")).toBe(200.65);
    expect(value("支出明细", "农林水支出", "项目支出")).toBe(2.04);
    expect(value("支出明细", "资源勘探工业信息等支出", "项目支出")).toBe(72);
    expect(value("支出明细", "合计", "项目支出")).toBe(499.91);
  });

  it("单位名称, 年度, 内设机构数 7, 离退休人员数 85 and the 主要职责 of the report", () => {
    expect(keyValue("基本情况", "单位名称")).toBe("桃江县科工局");
    expect(keyValue("基本情况", "年度")).toBe(2022);
    expect(keyValue("基本情况", "内设机构数")).toBe(7);
    expect(keyValue("基本情况", "离退休人员数")).toBe(85);
    expect(keyValue("基本情况", "主要职责")).toBe(SEED_DUTIES);
    expect(SEED_DUTIES).toMatch(/^统筹管理全县工业经济，.*推动科技领域军民融合发展。$/);
  });

  it("the staffing of 机关本级 and the four 二级机构", () => {
    const staff = (unit: string) => [
      value("基本情况", unit, "经费形式"),
      value("基本情况", unit, "编制数"),
      value("基本情况", unit, "实有人数"),
    ];
    expect(value("基本情况", "机关本级", "编制数")).toBe(18);
    expect(value("基本情况", "机关本级", "人员类别")).toBe("行政");
    expect(staff("县推进新型工业化事务中心")).toEqual(["全额拨款", 5, 5]);
    expect(staff("综合执法大队")).toEqual(["全额拨款", 9, 9]);
    expect(staff("县工业产业发展办公室")).toEqual(["全额拨款", 6, 6]);
    expect(staff("县科技开发中心")).toEqual(["自收自支", 7, 5]);
  });

  it("the results the seed reports: 5G宏基站 180 → 185, 投资 1850万元", () => {
    expect([value("绩效目标", "建成5G宏基站", "目标值"), value("绩效目标", "建成5G宏基站", "实际值")]).toEqual([
      180, 185,
    ]);
    expect(value("绩效目标", "建成5G宏基站", "计量单位")).toBe("个");
    expect(value("绩效目标", "5G网络建设完成投资", "实际值")).toBe(1850);
  });

  it("the seed's own paragraphs in 报告素材, section by section", () => {
    const s = sheet("报告素材");
    const rows = s.cells
      .filter((c) => c.col === 1)
      .map((c) => [
        plain(c.value),
        plain(s.cells.find((x) => x.row === c.row && x.col === 2)?.value ?? { type: "empty" }),
      ]);
    const starts = (section: string) =>
      rows.filter(([sec]) => sec === section).map(([, text]) => String(text).slice(0, 10));
    expect(starts("行政效能")).toEqual(
      expect.arrayContaining([
        "1、严格执行财务管理",
        "2、加强政府采购管理",
        "3、加强固定资产管理",
        "4、加强政府信息公开",
      ]),
    );
    expect(starts("社会效益")).toHaveLength(6);
    expect(starts("经济性")).toEqual(["我局进一步加强资产管"]);
  });

  it("marks on every sheet which figures are illustrative", () => {
    for (const s of snap.sheets) {
      const note = s.cells.find((c) => typeof plain(c.value) === "string" && String(plain(c.value)).startsWith("注："));
      expect({ sheet: s.name, note: note !== undefined }).toEqual({ sheet: s.name, note: true });
    }
  });
});

describe("checking the sample", () => {
  it("finds no error, and shows the seed's problems 2 and 3 as warnings", () => {
    const result = checkWorkbook(snap);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    const warnings = result.findings.filter((f) => f.severity === "warning").map((f) => f.rule);
    expect(warnings).toEqual(expect.arrayContaining(["IND-LATE", "IND-ADJ"]));
  });

  it("reports 项目支出 499.91 against its function classes' 499.90 as 尾差 (info), naming both sides' cells", () => {
    const result = checkWorkbook(snap);
    const stated = at("支出明细", "合计", "项目支出");
    const classes = ["科学技术支出", "卫生健康支出", "农林水支出", "资源勘探工业信息等支出"].map((c) =>
      at("支出明细", c, "项目支出"),
    );
    const statedRef = cellRef("支出明细", stated.row, stated.col);
    const rounding = result.findings.find((f) => f.cells.includes(statedRef) && f.message["zh-CN"].includes("499.90"));
    expect(rounding).toBeDefined();
    expect(rounding!.severity).toBe("info");
    expect(rounding!.message["zh-CN"]).toContain("499.91");
    expect(rounding!.message["zh-CN"]).toContain("尾差");
    expect(rounding!.difference?.replace("-", "")).toBe("0.01");
    expect(rounding!.cells).toEqual(expect.arrayContaining(classes.map((c) => cellRef("支出明细", c.row, c.col))));
  });

  it("gives every indicator a value except where the sample has no data, and a score with a grade", () => {
    const result = checkWorkbook(snap);
    const missing = result.indicators.filter((i) => i.value === undefined).map((i) => i.id);
    expect(missing.length).toBeLessThanOrEqual(1);
    expect(result.score?.grade).toBeDefined();
  });
});
