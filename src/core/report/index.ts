export { composeReport, type ComposeOptions } from "./compose";
export { composeSummary } from "./summary";
export type { ChartSpec, FigureRef, ReportBlock, ReportDocument } from "./document";
