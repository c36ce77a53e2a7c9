import { chartSvg } from "../../src/render/charts/svg";
import { niceScale, wrapLabel } from "../../src/render/charts/common";
import type { ChartSpec } from "../../src/core/report/document";
import { expenditureBar, expenditurePie } from "./fixtures";

const texts = (svg: string): string[] => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const rects = (svg: string, fill: string): { y: number; height: number }[] =>
  [...svg.matchAll(new RegExp(`<rect x="[^"]+" y="([^"]+)" width="[^"]+" height="([^"]+)" fill="${fill}"/>`, "g"))].map(
    (m) => ({
      y: Number(m[1]),
      height: Number(m[2]),
    }),
  );

describe("chartSvg: grouped bars", () => {
  const svg = chartSvg(expenditureBar);

  it("is an SVG of the requested size", () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="360"/);
    expect(chartSvg(expenditureBar, { width: 800, height: 400 })).toContain('viewBox="0 0 800 400"');
  });

  it("shows the unit 万元, the legend and every category, and leaves the title to the caption", () => {
    const t = texts(svg);
    expect(t).not.toContain("项目支出按功能分类");
    expect(svg).toContain('aria-label="项目支出按功能分类"');
    expect(t).toEqual(expect.arrayContaining(["万元", "本年", "上年", "科学技术支出", "卫生健康支出", "农林水支出"]));
    expect(t.join("")).toContain("资源勘探工业信息等支出");
  });

  it("labels every bar with its value to two decimals", () => {
    expect(texts(svg)).toEqual(
      expect.arrayContaining(["225.21", "200.65", "2.04", "72.00", "198.40", "150.30", "5.10", "80.25"]),
    );
  });

  it("draws one bar per value, 本年 and 上年 in their palette colours, heights in proportion", () => {
    const thisYear = rects(svg, "#0072B2").filter((r) => r.height !== 14);
    const lastYear = rects(svg, "#E69F00").filter((r) => r.height !== 14);
    expect(thisYear).toHaveLength(4);
    expect(lastYear).toHaveLength(4);
    expect(thisYear[0].height / thisYear[3].height).toBeCloseTo(225.21 / 72, 1);
    expect(thisYear[0].y + thisYear[0].height).toBeCloseTo(thisYear[2].y + thisYear[2].height, 0);
  });

  it("starts the axis at 0 for positive values and rounds its top", () => {
    expect(niceScale(0, 225.21)).toEqual({ min: 0, max: 250, step: 50, decimals: 0 });
    expect(niceScale(-12, 40)).toMatchObject({ min: -20, max: 40, step: 20 });
    expect(niceScale(0, 0.9)).toMatchObject({ min: 0, max: 1, decimals: 1 });
    expect(texts(svg)).not.toContain("-50");
  });

  it("escapes markup in labels and is deterministic", () => {
    const odd: ChartSpec = { ...expenditureBar, categories: ["A&B<支出>", "x", "y", "z"] };
    expect(chartSvg(odd)).toContain("A&amp;B&lt;支出&gt;");
    expect(chartSvg(expenditureBar)).toBe(svg);
  });

  it("wraps long category names into even lines", () => {
    expect(wrapLabel("资源勘探工业信息等支出", 12, 134, 3)).toEqual(["资源勘探工业", "信息等支出"]);
    expect(wrapLabel("农林水支出", 12, 134, 3)).toEqual(["农林水支出"]);
  });
});

describe("chartSvg: pie", () => {
  const svg = chartSvg(expenditurePie);

  it("draws one slice per category with its share to two decimals", () => {
    expect(svg.match(/<path d="M/g)).toHaveLength(3);
    expect(texts(svg)).toEqual(expect.arrayContaining(["50.47%", "7.74%", "41.79%"]));
  });

  it("lists name, amount and share in the legend", () => {
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        "人员经费",
        "603.83万元（50.47%）",
        "日常公用经费",
        "92.56万元（7.74%）",
        "项目支出",
        "499.91万元（41.79%）",
      ]),
    );
  });

  it("draws a single category as a full circle, and nothing positive as 无数据", () => {
    const one: ChartSpec = {
      ...expenditurePie,
      categories: ["项目支出"],
      series: [{ name: "本年", values: ["499.91"] }],
    };
    expect(chartSvg(one)).toContain("<circle");
    expect(texts(chartSvg(one))).toContain("100.00%");
    const none: ChartSpec = { ...expenditurePie, series: [{ name: "本年", values: ["0", "0.00", "-1"] }] };
    expect(texts(chartSvg(none))).toContain("无数据");
    expect(texts(chartSvg(none, { lang: "en-US" }))).toContain("No data");
  });

  it("keeps every label inside the image", () => {
    const xs = [...svg.matchAll(/<text x="([^"]+)"/g)].map((m) => Number(m[1]));
    xs.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
    xs.forEach((x) => expect(x).toBeLessThanOrEqual(640));
  });
});
