import type { DepartmentModel } from "../../../src/core/model";
import { readWorkbook } from "../../../src/core/reader";
import { templateSnapshot, type TemplateData } from "../../../src/core/template-layout";

/** The department model of a workbook built from the template with `data`, as the reader reads it. */
export function modelOf(data: TemplateData): DepartmentModel {
  return readWorkbook(templateSnapshot(data)).model;
}
