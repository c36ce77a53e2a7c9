import { readWorkbook } from "../../../src/core/reader";
import type { CellInput } from "../../../src/core/snapshot";
import { balancedSnapshot } from "../../fixtures/department";
import { findingsOf, withCells } from "./helpers";

/** The balanced workbook with 项目支出!F4 (科技创新专项 / 指标下达日期) set to `value`. */
function readRelease(value: CellInput, year: CellInput = 2022) {
  let snapshot = withCells(balancedSnapshot(), "项目支出", { F4: value });
  snapshot = withCells(snapshot, "基本情况", { B3: year });
  const result = readWorkbook(snapshot);
  return { result, project: result.model.projects!.rows[0] };
}

describe("指标下达日期", () => {
  it.each<[string, CellInput]>([
    ["an Excel date", { date: "2022-11-15" }],
    ["a serial number formatted as a date", { value: 44880, numFmt: "yyyy-mm-dd" }],
    ["a serial number in a Chinese date format", { value: 44880, numFmt: 'yyyy"年"m"月"d"日"' }],
    ["text 2022-11-15", "2022-11-15"],
    ["text 2022年11月15日", "2022年11月15日"],
    ["text 2022/11/15", "2022/11/15"],
    ["text 2022.11.15", "2022.11.15"],
    ["text in full-width digits", "２０２２年１１月１５日"],
  ])("reads %s as 2022-11-15", (_, value) => {
    const { result, project } = readRelease(value);
    expect(project.releaseDate).toEqual({ value: "2022-11-15", cell: "项目支出!F4" });
    expect(result.findings).toEqual([]);
  });

  it.each<[string, CellInput]>([
    ["a day without its year, in the year of the workbook (11月15日)", "11月15日"],
    ["a day without its year written 11月15号", "11月15号"],
    ["a serial number that lost its date format", 44880],
    ["a serial number with a time of day", 44880.625],
    ["a date typed as the number 20221115", 20221115],
    ["a date typed as the text 20221115", "20221115"],
  ])("reads %s as 2022-11-15, silently", (_, value) => {
    const { result, project } = readRelease(value);
    expect(project.releaseDate).toEqual({ value: "2022-11-15", cell: "项目支出!F4" });
    expect(result.findings).toEqual([]);
  });

  it.each<[CellInput]>([[225.21], [1], [20221315]])("does not take the number %p for a date", (value) => {
    const { result, project } = readRelease(value);
    expect(project.releaseDate).toBeUndefined();
    expect(project.releaseDateRaw).toEqual({ value: String(value), cell: "项目支出!F4" });
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells}`)).toEqual(["DATA-YEAR warning 项目支出!F4"]);
  });

  it("still checks a serial number read as a date against 年度", () => {
    const { result, project } = readRelease(44500);
    expect(project.releaseDate?.value).toBe("2021-10-31");
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells}`)).toEqual(["DATA-YEAR warning 项目支出!F4"]);
  });

  it.each([["十一月中旬"], ["2022-13-01"], ["2022年11月"], ["2月30日"]])(
    "keeps %p as raw text with a DATA-YEAR warning that it is not a date",
    (raw) => {
      const { result, project } = readRelease(raw);
      expect(project.releaseDate).toBeUndefined();
      expect(project.releaseDateRaw).toEqual({ value: raw, cell: "项目支出!F4" });
      const [f] = result.findings;
      expect([f.rule, f.severity, f.cells, f.fingerprint]).toEqual([
        "DATA-YEAR",
        "warning",
        ["项目支出!F4"],
        "DATA-YEAR|项目支出|科技创新专项|指标下达日期",
      ]);
      expect(f.message["zh-CN"]).toContain(`“${raw}”无法识别为日期`);
    },
  );

  it("warns about a date outside the year (DATA-YEAR, warning)", () => {
    const { result, project } = readRelease("2021-12-20");
    expect(project.releaseDate?.value).toBe("2021-12-20");
    expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells}`)).toEqual(["DATA-YEAR warning 项目支出!F4"]);
    expect(result.findings[0].message["zh-CN"]).toBe(
      "项目支出!F4（科技创新专项）指标下达日期 2021-12-20 不在 2022 年度内，请核实。",
    );
  });

  it("says the dates were not checked against the year when 年度 is unknown", () => {
    const { result } = readRelease("2021-12-20", null);
    expect(findingsOf(result, "DATA-YEAR").map((f) => f.severity)).toEqual(["error"]);
    expect(result.skipped.map((s) => s.rule)).toEqual(["DATA-YEAR"]);
  });
});

describe("年度", () => {
  it.each<[CellInput, number]>([
    [2022, 2022],
    ["2022", 2022],
    ["2022年", 2022],
    ["2022年度", 2022],
    ["２０２２", 2022],
    [{ formula: "2021+1", value: 2022 }, 2022],
  ])("reads %p as %d", (raw, year) => {
    const { result } = readRelease({ date: "2022-03-15" }, raw);
    expect(result.model.info.year).toEqual({ value: year, cell: "基本情况!B3" });
    expect(result.findings).toEqual([]);
  });

  it.each<[CellInput]>([[1999], [2101], [2022.5], ["二〇二二"], ["22年"]])(
    "rejects %p with a DATA-YEAR error",
    (raw) => {
      const { result } = readRelease({ date: "2022-03-15" }, raw);
      expect(result.model.info.year).toBeUndefined();
      expect(result.findings.map((f) => `${f.rule} ${f.severity} ${f.cells} ${f.fingerprint}`)).toEqual([
        "DATA-YEAR error 基本情况!B3 DATA-YEAR|基本情况|年度",
      ]);
    },
  );

  it("reports a missing 年度 as a DATA-YEAR error", () => {
    const { result } = readRelease({ date: "2022-03-15" }, null);
    const [f] = result.findings;
    expect([f.rule, f.severity, f.cells]).toEqual(["DATA-YEAR", "error", ["基本情况!B3"]]);
    expect(f.message["zh-CN"]).toBe("工作表“基本情况”中未填写年度（基本情况!B3）；应为 2000–2100 的年份，如 2022。");
  });
});
