/** @jest-environment jsdom */
import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { AddinState, ApplyResult, Host, HostCapabilities, WritePlan } from "../../src/app/host";
import { HostError } from "../../src/app/host";
import { checkWorkbook } from "../../src/core/check";
import { text } from "../../src/core/i18n";
import { App } from "../../src/taskpane/App";
import type { PaneHosts } from "../../src/taskpane/choose-host";
import { renderApp, sample } from "./pane";

/**
 * The pane as Excel runs it, over an in-memory Host with the Excel host's capabilities: the
 * workbook's state lives in the host, the selected cell may hold something, cells are gone to.
 */

const EXCEL: HostCapabilities = {
  goTo: true,
  marks: true,
  writeReportSheet: true,
  insertSummary: true,
  download: false,
};

interface MemoryWorkbook extends Host {
  state: AddinState;
  applied: WritePlan[];
  wentTo: string[][];
  /** What the selected cell holds: "" is empty; `many` a larger selection. */
  selected: string | "many";
}

function memoryWorkbook(initial: Partial<AddinState> = {}, capabilities = EXCEL): MemoryWorkbook {
  const wb: MemoryWorkbook = {
    kind: "excel",
    capabilities,
    state: { settings: {}, explanations: [], markIds: [], ...initial },
    applied: [],
    wentTo: [],
    selected: "",
    readSnapshot: async () => sample(),
    async apply(plan): Promise<ApplyResult> {
      if (plan.summary) {
        if (wb.selected === "many") throw new HostError(text("请先选中一个单元格", "Select one cell"), "NotOneCell");
        if (wb.selected !== "" && !plan.summary.overwrite) return { summaryNeedsConfirmation: true };
        wb.selected = plan.summary.text;
      }
      wb.applied.push(plan);
      if (plan.marks) wb.state = { ...wb.state, markIds: plan.marks.map((_, i) => `mark-${wb.applied.length}-${i}`) };
      return plan.reportSheet ? { reportSheetName: plan.reportSheet.sheetName } : {};
    },
    async goTo(cells) {
      wb.wentTo.push([...cells]);
    },
    loadState: async () => wb.state,
    // The ids of the marks are the host's, as the Excel host keeps them.
    async saveState(next) {
      wb.state = { ...next, markIds: wb.state.markIds };
    },
  };
  return wb;
}

async function checked(wb: MemoryWorkbook): Promise<void> {
  const hosts: PaneHosts = { mode: "excel", host: wb, loadState: wb.loadState, saveState: wb.saveState };
  renderApp(hosts);
  expect(screen.queryByRole("button", { name: "打开 .xlsx" })).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "校验" }));
  await screen.findByRole("region", { name: "待说明" });
  await waitFor(() => expect(wb.applied.some((p) => p.marks)).toBe(true));
}

const adjustment = () => checkWorkbook(sample()).findings.find((f) => f.rule === "IND-ADJ")!;

describe("the pane inside Excel", () => {
  it("marks the findings' cells and takes the user to a finding's cell", async () => {
    const wb = memoryWorkbook();
    await checked(wb);
    const marks = wb.applied.find((p) => p.marks)!.marks!;
    expect(marks.map((m) => m.cells)).toContainEqual(adjustment().cells);
    const warnings = screen.getByRole("region", { name: "待说明" });
    const cell = adjustment().cells[0];
    fireEvent.click(within(warnings).getAllByRole("button", { name: `转到 ${cell}` })[0]);
    await waitFor(() => expect(wb.wentTo).toEqual([[cell]]));
  });

  it("selects both ends of a cross-sheet finding with one action", async () => {
    const wb = memoryWorkbook();
    await checked(wb);
    const cross = checkWorkbook(sample()).findings.find((f) => f.rule === "XS-PRJ")!;
    expect(new Set(cross.cells.map((c) => c.split("!")[0]))).toEqual(new Set(["项目支出", "收支总表"]));
    const region = screen.getByRole("region", { name: "提示" });
    fireEvent.click(within(region).getByRole("button", { name: /^提示/ }));
    const all = within(region).getByRole("button", { name: `选中全部 ${cross.cells.length} 个单元格（各工作表）` });
    fireEvent.click(all);
    await waitFor(() => expect(wb.wentTo).toEqual([cross.cells]));
  });

  it("clears its marks with 清除标记, and when 设置 turns marks off, until they are on again", async () => {
    const wb = memoryWorkbook();
    await checked(wb);
    fireEvent.click(screen.getByRole("button", { name: "清除标记" }));
    expect(await screen.findByText("已清除本加载项的标记")).toBeTruthy();
    expect(wb.applied.at(-1)).toEqual({ marks: [] });

    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(wb.applied.at(-1)!.marks!.length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    fireEvent.click(screen.getByRole("switch", { name: /在工作簿中标记问题单元格/ }));
    await waitFor(() => expect(wb.applied.at(-1)).toEqual({ marks: [] }));
    expect(wb.state.settings.marks).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "完成" }));
    const plans = wb.applied.length;
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(wb.applied.length).toBe(plans + 1));
    expect(wb.applied.at(-1)).toEqual({ marks: [] });
  });

  it("keeps a reason given with 标记已说明 in the workbook and takes its warning's mark away", async () => {
    const wb = memoryWorkbook();
    await checked(wb);
    const markIds = wb.state.markIds;
    expect(markIds.length).toBeGreaterThan(0);
    const item = within(screen.getByRole("region", { name: "待说明" }))
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("预算调整率"))!;
    fireEvent.click(within(item).getByRole("button", { name: "标记已说明" }));
    fireEvent.change(within(item).getByLabelText(/说明理由/), { target: { value: "年中追加专项" } });
    fireEvent.click(within(item).getByRole("button", { name: "保存" }));
    await waitFor(() =>
      expect(wb.state.explanations).toEqual([
        { fingerprint: adjustment().fingerprint, rule: "IND-ADJ", reason: "年中追加专项", date: "2023-03-01" },
      ]),
    );
    // The explained warning's mark goes; the workbook's mark ids are those of the new marks.
    await waitFor(() => expect(wb.applied.at(-1)!.marks!.map((m) => m.cells)).not.toContainEqual(adjustment().cells));
    expect(wb.state.markIds).not.toEqual(markIds);
    expect(wb.state.markIds).toHaveLength(wb.applied.at(-1)!.marks!.length);

    const explained = screen.getByRole("region", { name: "已说明" });
    fireEvent.click(within(explained).getByRole("button", { name: "已说明 (1)" }));
    fireEvent.click(within(explained).getByRole("button", { name: "取消说明" }));
    await waitFor(() => expect(wb.applied.at(-1)!.marks!.map((m) => m.cells)).toContainEqual(adjustment().cells));
    expect(wb.state.explanations).toEqual([]);
  });

  it("keeps both reasons when two are saved before the first write is done", async () => {
    const wb = memoryWorkbook();
    // Excel answers each write when it is done: here the first one takes longer.
    const save = wb.saveState;
    let writes = 0;
    wb.saveState = async (next) => {
      const delay = writes++ === 0 ? 1500 : 0;
      await new Promise((resolve) => setTimeout(resolve, delay));
      await save(next);
    };
    await checked(wb);
    const waiting = () => within(screen.getByRole("region", { name: "待说明" })).getAllByRole("listitem");
    expect(waiting().length).toBeGreaterThanOrEqual(2);
    const explainFirst = (reason: string) => {
      const item = waiting()[0];
      fireEvent.click(within(item).getByRole("button", { name: "标记已说明" }));
      fireEvent.change(within(item).getByLabelText(/说明理由/), { target: { value: reason } });
      fireEvent.click(within(item).getByRole("button", { name: "保存" }));
    };
    explainFirst("第一条理由");
    explainFirst("第二条理由");
    await waitFor(() => expect(writes).toBeGreaterThanOrEqual(2));
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(wb.state.explanations.map((e) => e.reason).sort()).toEqual(["第一条理由", "第二条理由"]);
  });

  it("drops an explanation whose finding is gone, says so, and saves the rest", async () => {
    const kept = { fingerprint: adjustment().fingerprint, rule: "IND-ADJ", reason: "专项", date: "2023-02-01" };
    const gone = { fingerprint: "BAL-01|收支总表|本年收入合计", rule: "BAL-01", reason: "尾差", date: "2023-01-05" };
    const wb = memoryWorkbook({ explanations: [kept, gone] });
    await checked(wb);
    expect(await screen.findByText("以下说明已删除")).toBeTruthy();
    expect(screen.getByText("“BAL-01”的说明（2023-01-05）已删除：对应的问题已不存在。原说明：尾差")).toBeTruthy();
    await waitFor(() => expect(wb.state.explanations).toEqual([kept]));
    expect(screen.getByRole("region", { name: "已说明" })).toBeTruthy();
    // The explained warning is not marked.
    const marked = wb.applied.find((p) => p.marks)!.marks!.map((m) => m.cells);
    expect(marked).not.toContainEqual(adjustment().cells);
  });

  it("插入摘要 shows the text, asks before overwriting a cell, and writes only when told", async () => {
    const wb = memoryWorkbook();
    wb.selected = "已有内容";
    await checked(wb);
    fireEvent.click(screen.getByRole("tab", { name: "报告" }));
    const summary = screen.getByRole("heading", { name: "摘要" }).nextElementSibling!.textContent!;
    expect(summary).toContain("桃江县");
    fireEvent.click(screen.getByRole("button", { name: "插入摘要" }));
    expect(await screen.findByText("所选单元格已有内容，要用摘要覆盖吗？")).toBeTruthy();
    expect(wb.selected).toBe("已有内容");
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    expect(screen.queryByText("所选单元格已有内容，要用摘要覆盖吗？")).toBeNull();
    expect(wb.selected).toBe("已有内容");

    fireEvent.click(screen.getByRole("button", { name: "插入摘要" }));
    fireEvent.click(await screen.findByRole("button", { name: "覆盖" }));
    expect(await screen.findByText("摘要已插入所选单元格")).toBeTruthy();
    expect(wb.selected).toBe(summary);
  });

  it("插入摘要 on a range shows the host's refusal in a MessageBar, its code folded", async () => {
    const wb = memoryWorkbook();
    wb.selected = "many";
    await checked(wb);
    fireEvent.click(screen.getByRole("tab", { name: "报告" }));
    fireEvent.click(screen.getByRole("button", { name: "插入摘要" }));
    expect(await screen.findByText("请先选中一个单元格")).toBeTruthy();
    expect(screen.getByText("NotOneCell").closest("details")!.open).toBe(false);
  });

  it("生成报告 writes the report sheet and goes to it", async () => {
    const wb = memoryWorkbook();
    await checked(wb);
    fireEvent.click(screen.getByRole("tab", { name: "报告" }));
    expect(screen.queryByRole("button", { name: "下载结果工作簿" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "生成报告" }));
    expect(await screen.findByText("已写入工作表“绩效评价报告”")).toBeTruthy();
    expect(wb.applied.at(-1)!.reportSheet?.sheetName).toBe("绩效评价报告");
    expect(wb.wentTo.at(-1)).toEqual(["绩效评价报告!A1"]);
  });

  it.each([
    [{}, false],
    [{ flaggedMaterial: "mark" as const }, true],
  ])("生成报告 with the settings %j prints flagged 报告素材 marked 【待核实】: %s", async (settings, marked) => {
    const wb = memoryWorkbook({ settings });
    await checked(wb);
    fireEvent.click(screen.getByRole("tab", { name: "报告" }));
    fireEvent.click(screen.getByRole("button", { name: "生成报告" }));
    await screen.findByText("已写入工作表“绩效评价报告”");
    const texts = wb.applied
      .at(-1)!
      .reportSheet!.cells.map((c) => String(c.value))
      .join("\n");
    expect(texts.includes("定期召开安全生产工作会议，【待核实：")).toBe(marked);
  });

  it("says why marking is off in an older Excel instead of offering 清除标记", async () => {
    const older = text("此版本的 Excel 不支持标记单元格", "This Excel cannot mark cells");
    const wb = memoryWorkbook({}, { ...EXCEL, marks: false, unavailable: { marks: older } });
    const hosts: PaneHosts = { mode: "excel", host: wb, loadState: wb.loadState, saveState: wb.saveState };
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          hosts={hosts}
          env={{ save: () => undefined, rasterise: () => new Uint8Array(0), officeLanguage: "zh-CN" }}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await screen.findByRole("region", { name: "待说明" });
    expect(screen.getByText("此版本的 Excel 不支持标记单元格")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "清除标记" })).toBeNull();
    expect(wb.applied.some((p) => p.marks)).toBe(false);
  });
});
