/** exceljs's table of Excel's built-in number formats by numFmtId (Node build only). */
declare module "exceljs/lib/xlsx/defaultnumformats" {
  const table: Record<string, { f?: string; "zh-cn"?: string }>;
  export = table;
}
