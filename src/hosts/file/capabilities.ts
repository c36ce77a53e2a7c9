import type { HostCapabilities } from "../../app/host";

/**
 * The file host offers downloads and embeds chart images; it cannot select, mark or insert.
 * Kept apart from the exceljs code, so tests of the pane (jsdom) can import it.
 */
export const FILE_HOST_CAPABILITIES: HostCapabilities = {
  goTo: false,
  marks: false,
  writeReportSheet: false,
  insertSummary: false,
  download: true,
  chartImages: true,
};
