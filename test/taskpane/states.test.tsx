/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { HostError } from "../../src/app/host";
import { text } from "../../src/core/i18n";
import { openFile, renderPane, sample, snapshotHost } from "./pane";

const header = () => document.querySelector("header")?.textContent ?? "";

describe("标记已说明", () => {
  it("takes a reason, moves the warning to 已说明, counts it out of the status and keeps it", async () => {
    const { host } = renderPane(snapshotHost(async () => sample()));
    openFile();
    const warnings = await screen.findByRole("region", { name: "待说明" });
    expect(header()).toContain("需说明：4 处待说明");
    const item = within(warnings)
      .getAllByRole("listitem")
      .find((li) => li.textContent?.includes("预算调整率"))!;
    fireEvent.click(within(item).getByRole("button", { name: "标记已说明" }));
    const save = within(item).getByRole("button", { name: "保存" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(within(item).getByLabelText(/说明理由/), { target: { value: "年中追加了专项资金" } });
    fireEvent.click(save);

    expect(header()).toContain("需说明：3 处待说明");
    const explained = screen.getByRole("region", { name: "已说明" });
    fireEvent.click(within(explained).getByRole("button", { name: "已说明 (1)" }));
    expect(within(explained).getByText("2023-03-01 说明：年中追加了专项资金")).toBeTruthy();
    expect((await host.loadState()).explanations).toEqual([
      expect.objectContaining({ rule: "IND-ADJ", reason: "年中追加了专项资金", date: "2023-03-01" }),
    ]);

    fireEvent.click(within(explained).getByRole("button", { name: "取消说明" }));
    expect(header()).toContain("需说明：4 处待说明");
    // Writes go one after the other: this one starts when the first is done.
    await waitFor(async () => expect((await host.loadState()).explanations).toEqual([]));
  });

  it("is offered for warnings only", async () => {
    renderPane(snapshotHost(async () => sample()));
    openFile();
    await screen.findByRole("region", { name: "待说明" });
    const notes = screen.getByRole("region", { name: "提示" });
    fireEvent.click(within(notes).getByRole("button", { name: /提示/ }));
    expect(within(notes).queryByRole("button", { name: "标记已说明" })).toBeNull();
  });
});

describe("指标评分 tab", () => {
  it("lists the indicators with values and formulas, the scored items, the total and the grade", async () => {
    renderPane(snapshotHost(async () => sample()));
    openFile();
    await screen.findByRole("region", { name: "待说明" });
    fireEvent.click(screen.getByRole("tab", { name: "指标评分" }));
    const indicators = within(screen.getAllByRole("table")[0]);
    const row = indicators.getByText("在职人员控制率").closest("tr")!;
    expect(row.textContent).toContain("95.56%");
    expect(row.textContent).toContain("实有人数");
    expect(indicators.getByText("预算调整率").closest("tr")!.textContent).toContain("19.50%");
    expect(screen.getByLabelText("等级").textContent).toBe("优");
    expect(screen.getByText(/^总分 \d+\.\d\d \/ 100$/)).toBeTruthy();
  });

  it("gives no grade and lists the unscored items with reasons when data is missing", async () => {
    renderPane(
      snapshotHost(async () =>
        sample((d) => {
          delete d.selfScores;
          delete d.targets;
        }),
      ),
    );
    openFile();
    await screen.findByRole("tab", { name: "指标评分" });
    fireEvent.click(screen.getByRole("tab", { name: "指标评分" }));
    expect(screen.getByLabelText("等级").textContent).toBe("不评定等级");
    expect(screen.getByRole("heading", { name: /^未评分（\d+）$/ })).toBeTruthy();
  });
});

describe("language", () => {
  it("switches the whole pane to English in 设置 and back", async () => {
    const { host } = renderPane(snapshotHost(async () => sample()));
    openFile();
    await screen.findByRole("region", { name: "待说明" });
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    expect((await host.loadState()).settings.language).toBe("en-US");
    expect(document.documentElement.lang).toBe("en-US");
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(header()).toContain("To explain: 4 warnings");
    for (const name of ["Findings", "Indicators", "Report", "Text check", "Rules"]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
    const warnings = screen.getByRole("region", { name: "To explain" });
    expect(within(warnings).getAllByRole("button", { name: "Mark as explained" }).length).toBe(4);
    // The pane's own words are all English; sheet names (options of the sheet filter) are the user's.
    const sheetNames = new Set(sample().sheets.map((sh) => sh.name));
    const chrome = [...document.querySelectorAll("button, [role=tab], label, h1, h2, option, [role=status]")]
      .map((el) => el.textContent ?? "")
      .filter((t) => !sheetNames.has(t));
    expect(chrome.filter((t) => /[\u4e00-\u9fff]/.test(t))).toEqual([]);

    fireEvent.click(screen.getByRole("tab", { name: "Indicators" }));
    const [indicators, scored] = screen.getAllByRole("table");
    expect(within(indicators).getByText("Staff control rate").closest("tr")!.textContent).toContain("95.56%");
    expect(within(scored).getByText("Staff control rate")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Settings" }));
    fireEvent.click(screen.getByRole("radio", { name: "中文" }));
    fireEvent.click(screen.getByRole("button", { name: "完成" }));
    expect(screen.getByRole("tab", { name: "问题" })).toBeTruthy();
  });
});

describe("error and empty states", () => {
  it("shows a host's error in words in a MessageBar, its code folded, and keeps the pane", async () => {
    const failing = text("不是 Excel 工作簿（.xlsx）", "not an Excel workbook (.xlsx)");
    renderPane(
      snapshotHost(async () => {
        throw new HostError(failing, "not-a-workbook");
      }),
    );
    openFile("notes.xlsx");
    expect(await screen.findByText("不是 Excel 工作簿（.xlsx）")).toBeTruthy();
    expect(screen.getByText("出错了")).toBeTruthy();
    const details = screen.getByText("not-a-workbook").closest("details")!;
    expect(details.open).toBe(false);
    expect(screen.getByText("校验部门决算工作簿，计算绩效指标和自评得分。")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText("出错了")).toBeNull();
  });

  it("says an unexpected failure in words, with the technical message folded", async () => {
    renderPane(
      snapshotHost(async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'sheets')");
      }),
    );
    openFile();
    expect(await screen.findByText(/校验时发生意外错误/)).toBeTruthy();
    expect(screen.getByText(/reading 'sheets'/).closest("details")!.open).toBe(false);
  });

  it("offers the blank template when the workbook has none of the template sheets", async () => {
    const { downloads } = renderPane(
      snapshotHost(async () => ({ sheets: [{ name: "Sheet1", cells: [], merges: [] }] })),
    );
    openFile("空白.xlsx");
    expect(await screen.findByText("这个工作簿里没有模板工作表")).toBeTruthy();
    expect(header()).toContain("未校验");
    fireEvent.click(screen.getByRole("button", { name: "下载空白模板" }));
    await screen.findByText("已下载 决算模板.xlsx");
    expect(downloads.map((d) => d.name)).toEqual(["决算模板.xlsx"]);
  });
});

describe("running and stale", () => {
  it("names the step under the progress bar and disables 校验 while it runs", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    renderPane(snapshotHost(() => gate.then(() => sample())));
    openFile();
    expect(await screen.findByText("读取工作簿…")).toBeTruthy();
    expect(screen.getByRole("progressbar", { name: "进度" })).toBeTruthy();
    expect((screen.getByRole("button", { name: "校验" }) as HTMLButtonElement).disabled).toBe(true);
    release();
    await screen.findByRole("region", { name: "待说明" });
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect((screen.getByRole("button", { name: "校验" }) as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows 数据已修改 when the host reports a change, until the next check", async () => {
    const host = snapshotHost(async () => sample());
    let changed: () => void = () => undefined;
    host.onChanged = (listener) => {
      changed = listener;
      return () => undefined;
    };
    renderPane(host);
    openFile();
    await screen.findByRole("region", { name: "待说明" });
    expect(screen.queryByText("数据已修改，请重新校验")).toBeNull();
    act(() => changed());
    expect(screen.getByText("数据已修改，请重新校验")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(screen.queryByText("数据已修改，请重新校验")).toBeNull());
  });
});

describe("settings that change the check", () => {
  it("say the results are out of date until the next check, which uses them", async () => {
    renderPane(snapshotHost(async () => sample()));
    openFile();
    const warnings = await screen.findByRole("region", { name: "待说明" });
    expect(within(warnings).getByText(/预算调整率 19.50% 超过 10%/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    fireEvent.change(screen.getByLabelText("预算调整率上限"), { target: { value: "20" } });
    fireEvent.click(screen.getByRole("button", { name: "完成" }));
    expect(screen.getByText("设置已更改，请重新校验")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "校验" }));
    await waitFor(() => expect(screen.queryByText("设置已更改，请重新校验")).toBeNull());
    expect(screen.queryByText(/预算调整率 19.50% 超过/)).toBeNull();
    expect(screen.getByRole("button", { name: "待说明 (3)" })).toBeTruthy();
  });
});

describe("the report's language", () => {
  it("follows a language switch without a new check", async () => {
    const { host } = renderPane(snapshotHost(async () => sample()));
    openFile();
    await screen.findByRole("region", { name: "待说明" });
    fireEvent.click(screen.getByRole("tab", { name: "报告" }));
    expect(screen.getByText(/^桃江县科工局2022年度本年收入合计/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "设置" }));
    fireEvent.click(screen.getByRole("radio", { name: "English" }));
    fireEvent.click(screen.getByRole("button", { name: "Done" }));
    fireEvent.click(screen.getByRole("tab", { name: "Report" }));
    expect(screen.getByRole("heading", { name: "Summary" }).nextElementSibling?.textContent).toMatch(/^In 2022/);
    expect(host.applied).toEqual([]);
  });
});
