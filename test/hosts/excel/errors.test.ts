import { HostError } from "../../../src/app/host";
import { LANGS } from "../../../src/core/i18n";
import { toHostError } from "../../../src/hosts/excel/errors";
import { createExcelHost } from "../../../src/hosts/excel";
import { FakeRichApiError } from "./fake-office/context";
import { sampleFake } from "./fixtures";

describe("Excel's errors in the pane", () => {
  it("say what happened and what to do in both languages, the code kept apart", () => {
    const e = toHostError(new FakeRichApiError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."));
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe("InvalidOperationInCellEditMode");
    expect(e.userMessage["zh-CN"]).toContain("按 Enter 或 Esc");
    expect(e.userMessage["en-US"]).toContain("Press Enter or Esc");
    for (const lang of LANGS) expect(e.userMessage[lang]).not.toContain("InvalidOperationInCellEditMode");
  });

  it("fall back to a general sentence for a code without its own, and pass a HostError through", () => {
    const e = toHostError(new FakeRichApiError("GeneralException", "boom"));
    expect(e.code).toBe("GeneralException");
    expect(e.userMessage["zh-CN"]).toContain("请保存工作簿后重试");
    expect(toHostError(e)).toBe(e);
  });

  it("reach the caller of the host as HostError, with every batch run with delayForCellEdit", async () => {
    const fake = await sampleFake();
    const host = createExcelHost();
    await expect(host.goTo(["不存在的表!A1"])).rejects.toMatchObject({ name: "HostError", code: "ItemNotFound" });
    await host.loadState();
    expect(fake.stats.runOptions).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
  });
});
