import packageJson from "../../package.json";
import { balancedDepartment } from "../fixtures/department";
import { tempDir, type TempDir } from "../hosts/file/files";
import { cli, workbookFile } from "./run";

/** The key sets of cli.md's JSON; optional keys appear only when they have a value. */
const TOP = ["tool", "version", "input", "unit", "summary", "findings", "indicators", "score", "skipped"];
const SUMMARY = ["error", "warning", "info", "readyToSubmit"];
const FINDING_REQUIRED = ["rule", "severity", "message", "cells", "fingerprint"];
const FINDING_OPTIONAL = ["expected", "actual", "difference", "tolerance", "suggestion"];
const INDICATOR_REQUIRED = ["name", "value", "unit", "formula", "inputs"];
const INDICATOR_OPTIONAL = ["reason", "score", "points"];
const INPUT = ["label", "value", "cell"];
const SCORE = ["total", "scoredPoints", "grade", "missing"];
const SKIPPED = ["rule", "reason"];

const DECIMAL = /^-?\d+(\.\d+)?$/;
const TWO_DECIMALS = /^-?\d+\.\d{2}$/;
const CELL = /^[^!]+![A-Z]{1,3}\d+$/;

function expectKeys(o: object, required: string[], optional: string[] = []): void {
  const keys = Object.keys(o);
  expect(keys).toEqual(expect.arrayContaining(required));
  for (const k of keys) expect([...required, ...optional]).toContain(k);
}

let dir: TempDir;
let input: string;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let json: any;
let code: number;
beforeAll(async () => {
  dir = await tempDir();
  const data = balancedDepartment();
  // Two findings with all their fields: a rounding difference and a missing 三公 table.
  data.summary!.项目支出 = { ...data.summary!.项目支出, 决算数: 499.91 };
  data.summary!.本年支出合计 = { ...data.summary!.本年支出合计, 决算数: 1196.3 };
  data.summary!.年末结转和结余 = { 决算数: 23.7 };
  delete data.threePublic;
  input = await workbookFile(dir, "department.xlsx", data);
  const r = await cli("check", input, "--json");
  code = r.code;
  json = JSON.parse(r.stdout);
});
afterAll(() => dir.remove());

describe("jixiao check --json: the shape of cli.md", () => {
  it("has exactly the top-level keys, in order, with the tool's name and version", () => {
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(TOP);
    expect(json.tool).toBe(packageJson.name);
    expect(json.version).toBe(packageJson.version);
    expect(json.input).toBe(input);
    expect(json.unit).toBe("万元");
  });

  it("has a summary of counts and readyToSubmit that agrees with the findings", () => {
    expect(Object.keys(json.summary)).toEqual(SUMMARY);
    for (const s of ["error", "warning", "info"]) {
      expect(json.summary[s]).toBe(json.findings.filter((f: { severity: string }) => f.severity === s).length);
    }
    expect(json.summary.readyToSubmit).toBe(json.summary.error === 0);
  });

  it("gives each finding the keys and types of cli.md, amounts as decimal strings", () => {
    expect(json.findings.length).toBeGreaterThan(0);
    for (const f of json.findings) {
      expectKeys(f, FINDING_REQUIRED, FINDING_OPTIONAL);
      expect(["error", "warning", "info"]).toContain(f.severity);
      expect(typeof f.message).toBe("string");
      expect(typeof f.fingerprint).toBe("string");
      for (const c of f.cells) expect(c).toMatch(CELL);
      for (const k of ["expected", "actual", "difference", "tolerance"]) if (k in f) expect(f[k]).toMatch(DECIMAL);
      if ("suggestion" in f) expect(typeof f.suggestion).toBe("string");
    }
    const rounding = json.findings.find(
      (f: { rule: string; cells: string[] }) => f.rule === "XS-EXP" || f.cells.some((c) => c.startsWith("收支总表")),
    );
    expect(rounding).toBeDefined();
    expect(json.findings.some((f: { tolerance?: string }) => f.tolerance === "0.01")).toBe(true);
  });

  it("gives each indicator a 2-decimal value or null with a reason, its inputs with cells, and its score", () => {
    expect(json.indicators.length).toBeGreaterThan(0);
    for (const i of json.indicators) {
      expectKeys(i, INDICATOR_REQUIRED, INDICATOR_OPTIONAL);
      expect(i.unit).toBe("%");
      if (i.value === null) expect(typeof i.reason).toBe("string");
      else expect(i.value).toMatch(TWO_DECIMALS);
      for (const input of i.inputs) {
        expect(Object.keys(input).sort()).toEqual([...INPUT].sort());
        expect(input.cell).toMatch(/!/);
      }
      if ("score" in i) {
        expect(i.score === null || TWO_DECIMALS.test(i.score)).toBe(true);
        expect(i.points).toMatch(DECIMAL);
      }
    }
    const staff = json.indicators.find((i: { name: string }) => i.name === "在职人员控制率");
    expect(staff.value).toBe("93.33");
    // 三公经费 is absent: its indicators cannot be computed and say why.
    const threePublic = json.indicators.find(
      (i: { name: string }) => i.name.includes("三公经费") && i.name.includes("变动率"),
    );
    expect(threePublic.value).toBeNull();
    expect(threePublic.reason).toMatch(/无法计算/);
  });

  it("gives the score as total/scoredPoints strings, grade and missing", () => {
    expect(Object.keys(json.score)).toEqual(SCORE);
    expect(json.score.total).toMatch(TWO_DECIMALS);
    expect(json.score.scoredPoints).toMatch(DECIMAL);
    expect(json.score.grade === null || ["优", "良", "中", "差"].includes(json.score.grade)).toBe(true);
    for (const m of json.score.missing) expectKeys(m, ["name", "reason"]);
    // 三公 items cannot be scored, so no grade.
    expect(json.score.missing.length).toBeGreaterThan(0);
    expect(json.score.grade).toBeNull();
  });

  it("lists the skipped checks as rule and reason", () => {
    expect(json.skipped.length).toBeGreaterThan(0);
    for (const s of json.skipped) {
      expect(Object.keys(s)).toEqual(SKIPPED);
      expect(typeof s.reason).toBe("string");
    }
  });

  it("speaks English with --lang en-US, keeping the same shape and figures", async () => {
    const en = JSON.parse((await cli("check", input, "--json", "--lang", "en-US")).stdout);
    expect(Object.keys(en)).toEqual(TOP);
    expect(en.summary).toEqual(json.summary);
    expect(en.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual(
      json.findings.map((f: { fingerprint: string }) => f.fingerprint),
    );
    const zhMessages = json.findings.map((f: { message: string }) => f.message);
    expect(en.findings.map((f: { message: string }) => f.message)).not.toEqual(zhMessages);
    expect(en.skipped[0].reason).not.toBe(json.skipped[0].reason);
  });
});
