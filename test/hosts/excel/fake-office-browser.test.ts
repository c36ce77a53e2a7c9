import { createExcelHost } from "../../../src/hosts/excel";
import type { FakeOffice } from "./fake-office";
import { fakeFromXlsx } from "./fake-office/from-xlsx";
import { workbookToJson } from "./fake-office/serial";
import { sampleWithExtras } from "./fixtures";

describe("the fake Excel in a page", () => {
  it("installs itself from a JSON workbook handed over before the page's scripts, and records the selection", async () => {
    const page = globalThis as unknown as Record<string, unknown>;
    const model = await fakeFromXlsx(await sampleWithExtras());
    // As page.addInitScript would pass it: through JSON text.
    page.__JIXIAO_FAKE_WORKBOOK__ = JSON.parse(JSON.stringify(workbookToJson(model)));
    page.__JIXIAO_FAKE_OPTIONS__ = { platform: "OfficeOnline" };
    await jest.isolateModulesAsync(async () => {
      await import("./fake-office/browser");
    });
    const fake = page.__fakeOffice as FakeOffice;
    const snapshot = await createExcelHost().readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toContain("收支总表");
    expect(fake.stats.syncs).toBe(2);
    expect(fake.options.platform).toBe("OfficeOnline");
    await createExcelHost().goTo(["项目支出!E8"]);
    expect(fake.model.selection?.areas).toEqual([{ top: 8, left: 5, bottom: 8, right: 5 }]);
  });
});
