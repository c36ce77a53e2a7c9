/** exceljs's table of Excel's built-in number formats by numFmtId (Node build only). */
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const table: Record<string, { f?: string; "zh-cn"?: string }>;
  export = table;
}

/** exceljs's move of a shared formula from its master cell to another cell. */
declare module "exceljs/lib/utils/shared-formula" {
  export function slideFormula(formula: string, fromCell: string, toCell: string): string;
}
