import { EMPTY_STATE, type AddinState } from "../../src/app/host";
import { STATE_SHEET, reconcileExplanations, stateFromRows, stateFromSnapshot, stateToRows } from "../../src/app/state";
import { checkWorkbook } from "../../src/core/check";
import { sheetFromRows } from "../../src/core/snapshot";
import { snapshotFromBuffer } from "../../src/hosts/file/read";
import { SAMPLE_STATE, sampleWithExtras } from "../hosts/excel/fixtures";
import { balancedSnapshot } from "../fixtures/department";

const STATE: AddinState = {
  settings: {
    tolerance: "0.05",
    thresholds: { carryoverRateMax: 12 },
    language: "en-US",
    marks: false,
    flaggedMaterial: "mark",
    omitTodo: true,
    profile: { name: "p", items: [] },
  },
  explanations: [
    { fingerprint: "IND-CARRY|项目支出|年末结转结余", rule: "IND-CARRY", reason: "跨年项目", date: "2023-03-01" },
  ],
  markIds: ["{WS-1}|{CF-1}", "{WS-2}|{CF-7}"],
};

describe("the state table", () => {
  it("round-trips settings, explanations and mark ids through plain text rows", () => {
    const rows = stateToRows(STATE);
    expect(rows[0]).toEqual(["kind", "key", "rule", "value", "date"]);
    expect(rows.flat().every((v) => typeof v === "string")).toBe(true);
    expect(stateFromRows(rows)).toEqual(STATE);
  });

  it("splits a setting longer than a cell holds over several rows and joins them back", () => {
    const profile = { name: "长方案", note: "说".repeat(70000) };
    const rows = stateToRows({ ...EMPTY_STATE, settings: { profile } });
    expect(rows.filter((r) => r[1] === "profile").length).toBe(Math.ceil(JSON.stringify(profile).length / 30000));
    expect(rows.every((r) => r.every((v) => v.length <= 32767))).toBe(true);
    expect(stateFromRows(rows).settings.profile).toEqual(profile);
  });

  it("skips rows it cannot use: a bad setting, an explanation without rule, unknown kinds", () => {
    const state = stateFromRows([
      ["setting", "tolerance", "", '"abc"', ""],
      ["setting", "language", "", "not json", ""],
      ["setting", "marks", "", "true", ""],
      ["explanation", "X|y", "", "no rule", ""],
      ["future-kind", "k", "", "v", ""],
    ]);
    expect(state).toEqual({ settings: { marks: true }, explanations: [], markIds: [] });
  });

  it("is read from the file host's snapshot, so the command line sees the pane's explanations", async () => {
    const snapshot = await snapshotFromBuffer(await sampleWithExtras());
    expect(stateFromSnapshot(snapshot)).toEqual(SAMPLE_STATE);
    expect(stateFromSnapshot({ sheets: [sheetFromRows("收支总表", [["a"]])] })).toEqual(EMPTY_STATE);
  });

  it("is not template data: a workbook with the state sheet checks the same as without it", () => {
    const plain = balancedSnapshot();
    const withState = { sheets: [...plain.sheets, sheetFromRows(STATE_SHEET, stateToRows(STATE))] };
    expect(checkWorkbook(withState).findings).toEqual(checkWorkbook(plain).findings);
  });
});

describe("explanations against the findings", () => {
  const finding = (fingerprint: string) => ({
    rule: "IND-CARRY",
    severity: "warning" as const,
    message: { "zh-CN": "", "en-US": "" },
    cells: ["项目支出!G9"],
    fingerprint,
  });

  it("follow their finding by fingerprint, wherever its cells moved", () => {
    const r = reconcileExplanations([finding(STATE.explanations[0].fingerprint)], STATE.explanations);
    expect(r.byFingerprint.get(STATE.explanations[0].fingerprint)?.reason).toBe("跨年项目");
    expect(r.kept).toEqual(STATE.explanations);
    expect(r.dropped).toEqual([]);
  });

  it("never explain an error away: a fingerprint that now names an error drops its explanation", () => {
    const r = reconcileExplanations(
      [{ ...finding(STATE.explanations[0].fingerprint), severity: "error" }],
      STATE.explanations,
    );
    expect(r.byFingerprint.size).toBe(0);
    expect(r.dropped).toHaveLength(1);
  });

  it("are dropped with a note in both languages when their finding is gone", () => {
    const r = reconcileExplanations([finding("OTHER|x")], STATE.explanations);
    expect(r.kept).toEqual([]);
    expect(r.dropped[0].note["zh-CN"]).toContain("IND-CARRY");
    expect(r.dropped[0].note["zh-CN"]).toContain("跨年项目");
    expect(r.dropped[0].note["en-US"]).toContain("its finding is gone");
  });
});
