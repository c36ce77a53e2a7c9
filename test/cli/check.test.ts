import { readFile } from "node:fs/promises";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

let dir: TempDir;
let balanced: string;
let unbalanced: string;
beforeAll(async () => {
  dir = await tempDir();
  balanced = await workbookFile(dir, "balanced.xlsx", balancedDepartment());
  const broken = balancedDepartment();
  broken.summary!.本年支出合计 = { ...broken.summary!.本年支出合计, 决算数: 1206.29 };
  unbalanced = await workbookFile(dir, "unbalanced.xlsx", broken);
});
afterAll(() => dir.remove());

describe("jixiao check: exit codes", () => {
  it("exits 0 on a balanced workbook and says 可以提交", async () => {
    const r = await cli("check", balanced);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("错误 0");
    expect(r.stdout).toContain("可以提交");
    expect(r.stdout).toContain("在职人员控制率");
  });

  it("exits 1 on 本年支出合计 1206.29 ≠ 696.39 + 499.90, naming the cells under 收支总表", async () => {
    const r = await cli("check", unbalanced);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("需修改");
    expect(r.stdout).toContain("【收支总表】");
    expect(r.stdout).toMatch(/错误\s+BAL-EXP\s+本年支出合计 = 基本支出 \+ 项目支出/);
    expect(r.stdout).toMatch(/收支总表!D\d+/);
  });

  it("exits 1 with DATA-MISSING when the required sheet 收支总表 is absent", async () => {
    const path = await workbookFile(dir, "no-summary.xlsx", balancedDepartment(), ["收支总表"]);
    const r = await cli("check", path, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    const missing = json.findings.filter((f: { rule: string }) => f.rule === "DATA-MISSING");
    expect(missing.length).toBeGreaterThan(0);
    expect(missing[0].severity).toBe("error");
    expect(missing[0].message).toContain("收支总表");
  });

  it("exits 2 with one line on stderr when the input is not a workbook", async () => {
    const path = await dir.write("notes.xlsx", "不是工作簿");
    const r = await cli("check", path);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([`无法读取 ${path}：不是 Excel 工作簿（.xlsx）`]);
  });

  it("exits 2 on a missing file, in English with --lang en-US", async () => {
    const r = await cli("check", dir.path("absent.xlsx"), "--lang", "en-US");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cannot read ${dir.path("absent.xlsx")}: the file does not exist\n`);
  });

  it("exits 2 on an encrypted or .xls file, asking for .xlsx", async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = await cli("check", await dir.write("old.xlsx", ole));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("已加密或为旧版 .xls，请另存为 .xlsx");
  });
});

describe("jixiao check: options", () => {
  it("--tolerance 0 turns a 0.01 rounding difference into an error", async () => {
    const data = balancedDepartment();
    data.summary!.项目支出 = { ...data.summary!.项目支出, 决算数: 499.91 };
    data.summary!.本年支出合计 = { ...data.summary!.本年支出合计, 决算数: 1196.3 };
    data.summary!.年末结转和结余 = { 决算数: 23.7 };
    const path = await workbookFile(dir, "rounding.xlsx", data);
    expect((await cli("check", path)).code).toBe(0);
    const strict = await cli("check", path, "--tolerance", "0", "--json");
    expect(strict.code).toBe(1);
    const errors = JSON.parse(strict.stdout).findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.map((f: { rule: string }) => f.rule)).toContain("XS-EXP");
    expect(errors.every((f: { tolerance?: string }) => Number(f.tolerance) === 0)).toBe(true);
  });

  it("prints the summary in English with --lang en-US", async () => {
    const r = await cli("check", balanced, "--lang", "en-US");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ready to submit");
    expect(r.stdout).toContain("Indicators");
    expect(r.stdout).not.toContain("可以提交");
  });

  it("scores with the profile given by --profile", async () => {
    const profile = {
      name: "两项定性指标",
      totalPoints: 6,
      level1: [{ name: "投入", points: 6 }],
      items: [
        { level1: "投入", level2: "目标设定", name: "绩效目标合理性", points: 3, rule: { kind: "qualitative" } },
        { level1: "投入", level2: "目标设定", name: "绩效指标明确性", points: 3, rule: { kind: "qualitative" } },
      ],
    };
    const path = await dir.write("profile.json", JSON.stringify(profile));
    const r = await cli("check", balanced, "--profile", path, "--json");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout).score).toEqual({ total: "6.00", scoredPoints: "6", grade: "优", missing: [] });
  });

  it("exits 2 with one line when the profile is not valid", async () => {
    const path = await dir.write("bad-profile.json", JSON.stringify({ name: "x", items: "none" }));
    const r = await cli("check", balanced, "--profile", path);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("评分方案有误");
    const notJson = await cli("check", balanced, "--profile", await dir.write("p.json", "{"));
    expect(notJson.stderr).toBe(`无法读取 ${dir.path("p.json")}：不是有效的 JSON\n`);
  });

  it("never changes the input file", async () => {
    const before = await readFile(balanced);
    await cli("check", balanced, "--json");
    expect(await readFile(balanced)).toEqual(before);
  });
});
