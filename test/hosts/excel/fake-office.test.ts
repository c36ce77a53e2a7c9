import { sampleFake } from "./fixtures";

/** The fake holds code to office-js's rules, or the host's tests would prove nothing. */
describe("the fake Excel", () => {
  const excel = () => (globalThis as unknown as { Excel: typeof Excel }).Excel;

  it("refuses to read a property that was not loaded, or was loaded but not yet synced", async () => {
    await sampleFake();
    await expect(
      excel().run(async (context) => {
        const range = context.workbook.worksheets.getItem("收支总表").getRange("A1");
        range.load("values");
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      excel().run(async (context) => {
        const range = context.workbook.worksheets.getItem("收支总表").getRange("A1");
        range.load("values");
        await context.sync();
        return range.address;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("counts syncs and the bytes that came back, and refuses a web response over 5 MB", async () => {
    const fake = await sampleFake({ platform: "OfficeOnline", payloadLimit: 1000 });
    await expect(
      excel().run(async (context) => {
        context.workbook.worksheets.getItem("收支总表").getRange("A1:E28").load("values,formulas");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.responseBytes[0]).toBeGreaterThan(1000);
  });

  it("turns a typed `=…` into a formula unless the cell is formatted as text first", async () => {
    const fake = await sampleFake();
    await excel().run(async (context) => {
      const ws = context.workbook.worksheets.getItem("收支总表");
      ws.getRange("H1").values = [["=1+1"]];
      const text = ws.getRange("H2");
      text.numberFormat = [["@"]];
      text.values = [["=1+1"]];
      await context.sync();
    });
    const sheet = fake.model.sheets.find((s) => s.name === "收支总表")!;
    expect(sheet.cells.get("1,8")).toMatchObject({ formula: "1+1" });
    expect(sheet.cells.get("2,8")).toEqual({ value: "=1+1", numberFormat: "@" });
  });
});
