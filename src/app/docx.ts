import { renderDocx } from "../render/docx";
import type { ReportOutputs } from "./pipeline";

/**
 * The report as .docx, its charts as the PNGs of `chartImages`. Its own module because the
 * `docx` package is large: the task pane loads it only when the user asks for the Word file.
 */
export function reportDocx(report: ReportOutputs, images: Map<string, Uint8Array>, date: Date): Promise<Uint8Array> {
  return renderDocx(report.doc, images, { date });
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
