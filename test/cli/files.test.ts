import { readFile } from "node:fs/promises";
import { TEMPLATE } from "../../src/core/template";
import { snapshotFromFile } from "../../src/hosts/file/node";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli } from "./run";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

describe("jixiao template", () => {
  it("writes the empty template, which reads back with every template sheet", async () => {
    const path = dir.path("模板/空白模板.xlsx");
    const r = await cli("template", path);
    expect(r).toEqual({ code: 0, stdout: `已写出空白标准模板：${path}\n`, stderr: "" });
    const snap = await snapshotFromFile(path);
    expect(snap.sheets.map((s) => s.name)).toEqual(TEMPLATE.map((d) => d.key));
    const summary = snap.sheets.find((s) => s.name === "收支总表")!;
    const labels = summary.cells
      .filter((c) => c.col === 1 && c.value.type === "string")
      .map((c) => (c.value as { value: string }).value);
    expect(labels).toEqual(expect.arrayContaining(["项目", "基本支出", "项目支出", "本年支出合计", "支出总计"]));
  });

  it("an empty template checks with DATA-MISSING errors, not a crash", async () => {
    const path = dir.path("empty-template.xlsx");
    await cli("template", path);
    const r = await cli("check", path, "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.some((f: { rule: string }) => f.rule === "DATA-MISSING")).toBe(true);
  });

  it("an empty template reads cleanly: each skipped check once, no 0/0 score, English where asked", async () => {
    const path = dir.path("empty-template-summary.xlsx");
    await cli("template", path);
    const zh = await cli("check", path);
    const lines = zh.stdout.split("\n");
    expect(lines[0]).toBe(`（未填单位名称）（年度未填） · ${path}（金额单位：万元）`);
    const skipped = lines.filter((l) => /^ {2}[A-Z]+(-[A-Z0-9]+)+：/.test(l));
    expect(skipped.length).toBeGreaterThan(0);
    expect(new Set(skipped).size).toBe(skipped.length);
    expect(zh.stdout).not.toContain("无法计算：无法计算");
    expect(zh.stdout).toContain("  IND-EXEC：预算执行率无法计算：缺少本年支出合计 决算数（收支总表!D23）");
    expect(zh.stdout).not.toContain("0.00/0");
    expect(zh.stdout).toContain("  未能评分：各项指标均缺少所需数据（满分 100 分），不评定等级");

    const en = await cli("check", path, "--lang", "en-US");
    expect(en.stdout.split("\n")[0]).toBe(`(no 单位名称) (no 年度) · ${path} (amounts in 10,000 yuan)`);
    expect(en.stdout).toContain(
      "  IND-EXEC: Budget execution rate cannot be computed: 本年支出合计 决算数 is missing (收支总表!D23)",
    );
    expect(en.stdout).not.toMatch(/^ {2}[A-Z-]+：/m);
    expect(en.stdout).toMatch(/^ {2}Budget execution rate +Cannot compute: /m);
    // 单位名称, 年度, and the four totals of 收支总表 left blank in 决算数 (plus 三公 合计).
    expect(en.stdout).toContain("errors 7 · warnings 0 · notes 0");
    expect(en.stdout).toContain('"本年支出合计 / 决算数" is not filled in (收支总表!D23)');
  });

  it("does not overwrite an existing file without --force", async () => {
    const path = await dir.write("mine.xlsx", "my own data");
    const r = await cli("template", path);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path} 已存在；加 --force 覆盖\n`);
    expect(await readFile(path, "utf8")).toBe("my own data");
    expect((await cli("template", path, "--force")).code).toBe(0);
    expect((await snapshotFromFile(path)).sheets.length).toBe(TEMPLATE.length);
  });

  it("refuses an output name that is not .xlsx", async () => {
    const r = await cli("template", dir.path("template.xls"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输出文件应以 .xlsx 结尾");
  });
});

describe("jixiao sample", () => {
  it("writes the bundled sample, which checks with no error", async () => {
    const path = dir.path("sample.xlsx");
    const written = await cli("sample", path, "--lang", "en-US");
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("Wrote the sample workbook");
    const r = await cli("check", path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("桃江县科工局 2022年度");
    expect(r.stdout).toContain("错误 0");
    // The seed's own 尾差, with the stated cell and its parts' cells; thresholds filled in.
    const lines = r.stdout.split("\n");
    const rounding = lines.flatMap((l, i) => (l.includes("499.91") && l.includes("499.90") ? [[l, lines[i + 1]]] : []));
    expect(
      rounding.some(
        ([message, cells]) => message.includes("尾差") && /单元格：支出明细!F\d+, 支出明细!F\d+/.test(cells),
      ),
    ).toBe(true);
    expect(r.stdout).toMatch(/IND-ADJ\s+预算调整率 = .* > 10%/);
    expect(r.stdout).not.toMatch(/\{\w+\}/);
  });
});
