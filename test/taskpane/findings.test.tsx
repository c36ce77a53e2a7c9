/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { openFile, renderPane, sample, snapshotHost } from "./pane";

/** The sample with 本年支出合计 0.05 over its parts: one balance error besides its warnings. */
const withError = () =>
  sample((d) => {
    d.summary!.本年支出合计 = { ...d.summary!.本年支出合计, 决算数: 1196.35 };
  });

describe("问题 tab: the findings list", () => {
  it("groups findings by severity and sheet, errors and warnings open, notes folded", async () => {
    renderPane(snapshotHost(async () => withError()));
    openFile();
    const errors = await screen.findByRole("region", { name: "错误" });
    expect(
      within(errors)
        .getByRole("button", { name: /错误 \(\d+\)/ })
        .getAttribute("aria-expanded"),
    ).toBe("true");
    expect(within(errors).getByRole("heading", { name: "收支总表" })).toBeTruthy();
    const warnings = screen.getByRole("region", { name: "待说明" });
    expect(within(warnings).getByRole("button", { name: "待说明 (4)" })).toBeTruthy();
    expect(within(warnings).getByRole("heading", { name: "项目支出" })).toBeTruthy();
    expect(within(warnings).getByText(/预算调整率 19.50% 超过 10%/)).toBeTruthy();
    const notes = screen.getByRole("region", { name: "提示" });
    const toggle = within(notes).getByRole("button", { name: /提示 \(\d+\)/ });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(within(notes).queryAllByRole("listitem")).toHaveLength(0);
    fireEvent.click(toggle);
    expect(within(notes).getAllByRole("listitem").length).toBeGreaterThan(0);
    expect(document.querySelector("header")?.textContent).toMatch(/需修改：\d+ 处错误，4 处待说明/);
  });

  it("filters by severity and by sheet", async () => {
    renderPane(snapshotHost(async () => withError()));
    openFile();
    await screen.findByRole("region", { name: "错误" });
    fireEvent.change(screen.getByLabelText("按级别筛选"), { target: { value: "warning" } });
    expect(screen.queryByRole("region", { name: "错误" })).toBeNull();
    expect(screen.getByRole("region", { name: "待说明" })).toBeTruthy();
    fireEvent.change(screen.getByLabelText("按工作表筛选"), { target: { value: "收支总表" } });
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain("预算调整率");
    fireEvent.change(screen.getByLabelText("按级别筛选"), { target: { value: "info" } });
    expect(screen.getByText("没有符合筛选条件的问题。")).toBeTruthy();
  });

  it("expands a finding to its formula, figures, cells and suggestion", async () => {
    renderPane(snapshotHost(async () => withError()));
    openFile();
    const errors = await screen.findByRole("region", { name: "错误" });
    const item = within(errors).getAllByRole("listitem")[0];
    const expand = within(item).getByRole("button", { name: "展开" });
    expect(expand.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(expand);
    expect(within(item).getByRole("button", { name: "收起" }).getAttribute("aria-expanded")).toBe("true");
    const details = item.querySelector("dl")!;
    expect(details.textContent).toContain("公式");
    expect(details.textContent).toMatch(/应为\S*\s*1196\.\d\d\s+实为 1196\.35\s+相差 0\.0\d/);
    expect(details.textContent).toContain("收支总表!");
  });

  it("shows cell text inertly: markup in a department name stays text", async () => {
    renderPane(
      snapshotHost(async () =>
        sample((d) => {
          d.info!.单位名称 = "<img src=x onerror=alert(1)>";
        }),
      ),
    );
    openFile();
    expect(await screen.findByText("<img src=x onerror=alert(1)> · 2022 年度")).toBeTruthy();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
