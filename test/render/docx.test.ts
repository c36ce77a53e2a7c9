import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";
import { renderDocx } from "../../src/render/docx";
import { HEADINGS, TITLE, expenditureBar, expenditurePie, reportFixture } from "./fixtures";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
// Two different tiny PNGs (1×1, white and black) standing in for the charts.
const PNG_A = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
const PNG_B = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const charts = (): Map<string, Uint8Array> =>
  new Map([
    [expenditurePie.id, new Uint8Array(PNG_A)],
    [expenditureBar.id, new Uint8Array(PNG_B)],
  ]);

interface Para {
  text: string;
  el: Element;
}

async function open(bytes: Uint8Array): Promise<{ zip: JSZip; xml: string; paras: Para[]; doc: Document }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const paras = Array.from(doc.getElementsByTagNameNS(W, "p")).map((el) => ({
    el,
    text: Array.from(el.getElementsByTagNameNS(W, "t"))
      .map((t) => t.textContent)
      .join(""),
  }));
  return { zip, xml, paras, doc };
}

/** The value of the first `w:<tag> w:<attr>` inside an element. */
function prop(el: Element, tag: string, attr = "val"): string | null {
  const found = el.getElementsByTagNameNS(W, tag)[0];
  return found ? found.getAttributeNS(W, attr) : null;
}

describe("renderDocx", () => {
  let bytes: Uint8Array;
  let d: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    bytes = await renderDocx(reportFixture(), charts());
    d = await open(bytes);
  });

  it("sets the title in 二号 (22 pt) 方正小标宋简体, not bold, centred, with 宋体 as the font's alternative", async () => {
    const title = d.paras.find((p) => p.text === TITLE)!;
    expect(prop(title.el, "jc")).toBe("center");
    expect(prop(title.el, "sz")).toBe("44");
    expect(title.el.getElementsByTagNameNS(W, "b").length).toBe(0);
    expect(prop(title.el, "rFonts", "eastAsia")).toBe("方正小标宋简体");
    const fonts = await d.zip.file("word/fontTable.xml")!.async("string");
    expect(fonts).toMatch(/<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  });

  it("starts each attachment on a new page and sets the 落款 flush right", () => {
    const attachment = d.paras.find((p) => p.text === "附件1：数据来源")!;
    expect(attachment.el.getElementsByTagNameNS(W, "pageBreakBefore").length).toBe(1);
    const sign = d.paras.find((p) => p.text === "2023年3月31日")!;
    expect(prop(sign.el, "jc")).toBe("right");
  });

  it("sets 一、 headings in 黑体 and （一） headings in 楷体, every heading in order", () => {
    const idx = HEADINGS.map((h) => d.paras.findIndex((p) => p.text === h));
    idx.forEach((i) => expect(i).toBeGreaterThan(0));
    expect([...idx].sort((a, b) => a - b)).toEqual(idx);
    expect(prop(d.paras[idx[0]].el, "rFonts", "eastAsia")).toBe("黑体");
    expect(prop(d.paras[idx[3]].el, "rFonts", "eastAsia")).toBe("楷体");
  });

  it("sets body text in 仿宋 16 pt, two-character first-line indent, fixed 28 pt lines", () => {
    const p = d.paras.find((x) => x.text.includes("基本支出696.39万元"))!;
    expect(p.text).toContain("人员经费支出603.83万元");
    expect(prop(p.el, "rFonts", "eastAsia")).toBe("仿宋");
    expect(prop(p.el, "sz")).toBe("32");
    expect(prop(p.el, "ind", "firstLineChars")).toBe("200");
    expect(prop(p.el, "ind", "firstLine")).toBe("640");
    expect([prop(p.el, "spacing", "line"), prop(p.el, "spacing", "lineRule")]).toEqual(["560", "exact"]);
  });

  it("keeps text that looks like a formula as text", () => {
    expect(d.paras.some((p) => p.text === '=HYPERLINK("http://x","点击")')).toBe(true);
  });

  it("writes the score table as a bordered Word table with every cell", () => {
    const tables = Array.from(d.doc.getElementsByTagNameNS(W, "tbl"));
    expect(tables).toHaveLength(2);
    const cells = Array.from(tables[0].getElementsByTagNameNS(W, "tc")).map((c) => c.textContent);
    expect(cells.slice(0, 8)).toEqual(["一级指标", "分值", "得分", "得分率", "投入", "20.00", "18.50", "92.50%"]);
    expect(cells).toEqual(expect.arrayContaining(["无法计算", "86.50", "良"]));
    const borders = tables[0].getElementsByTagNameNS(W, "tblBorders")[0];
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
      expect(borders.getElementsByTagNameNS(W, side)[0].getAttributeNS(W, "val")).toBe("single");
    }
    expect(d.paras.some((p) => p.text === "表1 部门整体支出绩效自评得分")).toBe(true);
  });

  it("embeds each chart's PNG, in document order, with its caption below", async () => {
    const rels = await d.zip.file("word/_rels/document.xml.rels")!.async("string");
    const embeds = [...d.xml.matchAll(/r:embed="(rId\d+)"/g)].map((m) => m[1]);
    expect(embeds).toHaveLength(2);
    const targets = embeds.map((id) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]);
    const media = await Promise.all(targets.map((t) => d.zip.file(`word/${t}`)!.async("nodebuffer")));
    expect(media[0].equals(PNG_A)).toBe(true);
    expect(media[1].equals(PNG_B)).toBe(true);
    // The 1×1 stand-ins are square, and the picture keeps the PNG's proportions.
    const extents = [...d.xml.matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(extents).toHaveLength(2);
    extents.forEach(([cx, cy]) => expect(cy).toBe(cx));
    const captions = ["图1 本年支出结构（单位：万元）", "图2 项目支出按功能分类（单位：万元）"];
    for (const c of captions) {
      const i = d.paras.findIndex((p) => p.text === c);
      expect(d.paras[i - 1].el.getElementsByTagNameNS("*", "blip").length).toBe(1);
    }
  });

  it("is A4 with page numbers as — 1 — in the footer", async () => {
    const pgSz = d.doc.getElementsByTagNameNS(W, "pgSz")[0];
    expect([pgSz.getAttributeNS(W, "w"), pgSz.getAttributeNS(W, "h")]).toEqual(["11906", "16838"]);
    const footer = await d.zip.file("word/footer1.xml")!.async("string");
    expect(footer).toMatch(/— <\/w:t>.*PAGE.*<w:t[^>]*> —<\/w:t>/s);
  });

  it("gives the same bytes for the same report, with a fixed date unless one is given", async () => {
    const again = await renderDocx(reportFixture(), charts());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = await d.zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain(">2000-01-01T00:00:00Z</dcterms:created>");
    const dated = await open(await renderDocx(reportFixture(), charts(), { date: new Date("2023-03-31T08:00:00Z") }));
    expect(await dated.zip.file("docProps/core.xml")!.async("string")).toContain(
      ">2023-03-31T08:00:00Z</dcterms:modified>",
    );
    expect(dated.xml).toBe(d.xml);
  });

  it("writes a chart without a PNG as a table of its data", async () => {
    const bare = await open(await renderDocx(reportFixture()));
    expect(bare.xml).not.toContain("r:embed");
    const tables = Array.from(bare.doc.getElementsByTagNameNS(W, "tbl"));
    expect(tables).toHaveLength(4);
    const bar = Array.from(tables[1].getElementsByTagNameNS(W, "tc")).map((c) => c.textContent);
    expect(bar.slice(0, 6)).toEqual(["项目", "本年", "上年", "科学技术支出", "225.21", "198.40"]);
  });
});
