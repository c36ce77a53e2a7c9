/** @jest-environment jsdom */
import { browserStore } from "../../../src/hosts/file/browser-store";

describe("the browser mode's store", () => {
  beforeEach(() => localStorage.clear());

  it("keeps settings across pages (browser storage) and 已说明 reasons for this page only", async () => {
    const first = browserStore(localStorage);
    const explanation = { fingerprint: "IND-ADJ|收支总表", rule: "IND-ADJ", reason: "追加专项", date: "2023-03-01" };
    await first.save({ settings: { language: "en-US", tolerance: "0.02" }, explanations: [explanation], markIds: [] });
    expect(await first.load()).toEqual({
      settings: { language: "en-US", tolerance: "0.02" },
      explanations: [explanation],
      markIds: [],
    });
    const reopened = browserStore(localStorage);
    expect(await reopened.load()).toEqual({
      settings: { language: "en-US", tolerance: "0.02" },
      explanations: [],
      markIds: [],
    });
  });

  it("starts from the defaults when the stored settings are unreadable", async () => {
    localStorage.setItem("jixiao-ziping.settings", "{not json");
    expect((await browserStore(localStorage).load()).settings).toEqual({});
  });

  it("keeps the settings for the page when storage is off", async () => {
    const off = browserStore(null);
    expect((await off.load()).settings).toEqual({});
    await off.save({ settings: { marks: false }, explanations: [], markIds: [] });
    expect((await off.load()).settings).toEqual({ marks: false });
    expect(localStorage.length).toBe(0);
  });
});
