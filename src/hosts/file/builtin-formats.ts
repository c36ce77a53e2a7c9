import defaultNumFormats from "exceljs/lib/xlsx/defaultnumformats";

/**
 * Excel stores its locale's built-in date formats by number only: in a workbook saved by
 * Chinese Excel, `2022年11月15日` is numFmtId 31 with no format code in the file. exceljs knows
 * no code for ids 27–36 and 50–58, so such a date would read as a bare serial number (44880).
 * Give those ids their zh-CN codes. Node only: the browser build of exceljs has its own copy of
 * the table. Call it after exceljs is loaded, so that its writer's id lookup stays as it was.
 */
export function readChineseBuiltinFormats(): void {
  for (const entry of Object.values(defaultNumFormats)) {
    if (!entry.f && entry["zh-cn"]) entry.f = entry["zh-cn"];
  }
}
