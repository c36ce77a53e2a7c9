import { strFromU8, unzipSync } from "fflate";
import { NOT_COPIED_LABEL } from "./messages";

/**
 * What the copy made by `check --report` will lack. exceljs rewrites the workbook from what
 * it understands: values, formulas, styles, merges, notes and pictures survive; charts, pivot
 * tables, macros and the rest below do not. We look at the input's zip parts before writing,
 * so the user is told instead of finding out later.
 */

export type NotCopied = keyof typeof NOT_COPIED_LABEL;

/** Parts whose mere presence means something will be lost. */
const PART_KINDS: [RegExp, NotCopied][] = [
  [/^xl\/(charts|chartsheets)\//, "charts"],
  [/^xl\/(pivotTables|pivotCache)\//, "pivotTables"],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//, "slicers"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/externalLinks\//, "externalLinks"],
  [/^xl\/(connections\.xml$|queryTables\/)/, "connections"],
  [/^xl\/(ctrlProps|activeX)\//, "controls"],
  [/^xl\/embeddings\//, "embeddings"],
];

const DRAWING = /^xl\/drawings\/[^/]+\.xml$/;
/** Drawing anchors other than pictures (`pic`), which exceljs keeps. */
const SHAPE = /<(\w+:)?(sp|grpSp|cxnSp)[\s>]/;
const FRAME = /<(\w+:)?graphicFrame[\s>]/;
const CHART_IN_FRAME = /drawingml\/2006\/chart"/;

/** The kinds of content of an .xlsx that the report copy will not carry, in the labels' order. */
export function notCopied(xlsx: Uint8Array): NotCopied[] {
  const found = new Set<NotCopied>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(xlsx, {
      filter: (file) => {
        for (const [pattern, kind] of PART_KINDS) if (pattern.test(file.name)) found.add(kind);
        return DRAWING.test(file.name);
      },
    });
  } catch {
    // The reader already opened this zip; if fflate cannot, report what the names showed.
    entries = {};
  }
  for (const bytes of Object.values(entries)) {
    const xml = strFromU8(bytes);
    if (SHAPE.test(xml)) found.add("shapes");
    if (FRAME.test(xml)) found.add(CHART_IN_FRAME.test(xml) ? "charts" : "shapes");
  }
  return (Object.keys(NOT_COPIED_LABEL) as NotCopied[]).filter((kind) => found.has(kind));
}
