import { renderText } from "../../src/render/text";
import { HEADINGS, TITLE, reportFixture } from "./fixtures";

describe("renderText", () => {
  const text = renderText(reportFixture());
  const lines = text.split("\n");

  it("starts with the title and keeps every heading on its own line, in order", () => {
    expect(lines[0]).toBe(TITLE);
    const idx = HEADINGS.map((h) => lines.indexOf(h));
    idx.forEach((i) => expect(i).toBeGreaterThan(0));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
  });

  it("indents paragraphs by two full-width spaces and keeps their figures", () => {
    expect(lines.find((l) => l.includes("696.39万元"))).toMatch(/^\u3000\u3000本年支出合计1196\.30万元/);
  });

  it("aligns table columns by display width, numbers to the right", () => {
    const header = lines.findIndex((l) => l.startsWith("一级指标"));
    const rows = lines.slice(header, header + 7);
    expect(rows[1]).toMatch(/^-+ {2}-+/);
    expect(rows[2]).toBe("投入       20.00     18.50  92.50%");
    expect(rows[5]).toBe("效益       20.00  无法计算      —");
    expect(rows[6]).toBe("合计      100.00     86.50      良");
  });

  it("gives each chart a one-line caption", () => {
    expect(lines).toContain("［图1 本年支出结构（单位：万元）］");
    expect(lines).toContain("［图2 项目支出按功能分类（单位：万元）］");
  });

  it("is deterministic and ends with one newline", () => {
    expect(renderText(reportFixture())).toBe(text);
    expect(text.endsWith("\n") && !text.endsWith("\n\n")).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(["桃江县科工局", "2023年3月31日", "附件1：数据来源"]));
  });
});
