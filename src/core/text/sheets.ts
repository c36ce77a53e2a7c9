import type { Finding, Skipped } from "../findings";
import { text } from "../i18n";
import type { Decimal } from "../money";
import type { DepartmentModel, SheetKey } from "../model";
import { checkText } from "./index";
import { splitParagraphs } from "./paragraphs";

/**
 * The text check over the workbook's own narrative sheets (报告素材, 报告草稿): the department's
 * words go into the report verbatim, so their figures are checked like any draft and the
 * findings point at the cell that holds the paragraph.
 */

interface SheetText {
  key: SheetKey;
  sheet: string;
  cells: { text: string; cell: string }[];
}

function narrativeSheets(model: DepartmentModel): SheetText[] {
  const out: SheetText[] = [];
  const materials = model.materials ?? [];
  if (materials.length > 0 && model.sheets["报告素材"]) {
    out.push({ key: "报告素材", sheet: model.sheets["报告素材"], cells: materials });
  }
  const draft = model.draft ?? [];
  if (draft.length > 0 && model.sheets["报告草稿"]) {
    out.push({
      key: "报告草稿",
      sheet: model.sheets["报告草稿"],
      cells: draft.map((d) => ({ text: d.value, cell: d.cell })),
    });
  }
  return out;
}

/**
 * Paragraph number (1-based, over the whole sheet's text) → the cell it came from. Cells are
 * joined with blank lines, which always end a paragraph, so each cell's paragraphs follow on.
 */
function paragraphCells(cells: SheetText["cells"]): string[] {
  return cells.flatMap((c) => splitParagraphs(c.text).map(() => c.cell));
}

export function checkNarrativeSheets(
  model: DepartmentModel,
  tolerance?: Decimal,
): { findings: Finding[]; skipped: Skipped[] } {
  const findings: Finding[] = [];
  const skipped: Skipped[] = [];
  for (const s of narrativeSheets(model)) {
    const result = checkText(s.cells.map((c) => c.text).join("\n\n"), { model, tolerance });
    const cellOf = paragraphCells(s.cells);
    for (const f of result.findings) {
      const { where, cells, ...rest } = f;
      const at = cellOf[where.paragraph - 1] ?? s.cells[0].cell;
      findings.push({
        ...rest,
        message: {
          "zh-CN": `${at}：${f.message["zh-CN"]}`,
          "en-US": `${at}: ${f.message["en-US"]}`,
        },
        cells: [at, ...(cells ?? [])],
        fingerprint: f.fingerprint.replace(/^([^|]+)/, `$1|${s.key}`),
      });
    }
    const seen = new Set<string>();
    for (const k of result.skipped) {
      const reason = text(`${s.sheet}：${k.reason["zh-CN"]}`, `${s.sheet}: ${k.reason["en-US"]}`);
      const key = `${k.rule}|${reason["zh-CN"]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      skipped.push({ ...k, reason });
    }
  }
  return { findings, skipped };
}
