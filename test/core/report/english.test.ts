import { compose, figure, paragraphs, paragraphWith, section } from "./helpers";

describe("composeReport in en-US", () => {
  const zh = compose();
  const en = compose(undefined, { lang: "en-US" });

  it("has the same structure as the Chinese report", () => {
    const shape = (d: typeof zh) =>
      d.blocks.map((b) =>
        b.kind === "heading"
          ? `h${b.level}`
          : b.kind === "table"
            ? `table:${b.id}`
            : b.kind === "chart"
              ? `chart:${b.chart.id}`
              : b.kind,
      );
    expect(shape(en)).toEqual(shape(zh));
    expect(en.lang).toBe("en-US");
  });

  it("numbers sections I., II. … and (1), (2) …", () => {
    const headings = en.blocks.flatMap((b) => (b.kind === "heading" && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual([
      "I. Basic information",
      "II. Department-wide expenditure",
      "III. Performance and self-evaluation result",
      "IV. Problems and their causes",
      "V. Measures and recommendations",
      "VI. Use of the evaluation result",
    ]);
  });

  it("writes the scorecard's criteria, reasons and the data-source formulas in English", () => {
    const card = en.blocks.find((b) => b.kind === "table" && b.id === "scorecard");
    if (card?.kind !== "table") throw new Error("no scorecard");
    expect(card.header).toEqual([
      "Level 1",
      "Level 2",
      "Level 3",
      "Points",
      "Scoring criteria",
      "Score",
      "Reason for lost points",
    ]);
    for (const r of card.rows) expect(`${r[4]}${r[6]}`).not.toMatch(/[\u4e00-\u9fff]{2,}(得|扣|分值)/);
    expect(en.figureSources.some((f) => f.formula === "total expenditure ÷ adjusted budget × 100%")).toBe(true);
  });
  it("writes the same figures from the same cells, amounts in yuan", () => {
    const p = paragraphWith(section(en, 2), "Basic expenditure was");
    expect(p.text).toContain(
      "Basic expenditure was RMB 6,963,900, of which personnel costs RMB 6,038,300, operating costs RMB 925,600.",
    );
    expect(figure(p, "RMB 6,963,900")).toEqual(["收支总表!D16"]);
    const zhParas = paragraphs(zh.blocks);
    paragraphs(en.blocks).forEach((q, i) => expect([...q.sources].sort()).toEqual([...zhParas[i].sources].sort()));
  });
});
