import { layoutTemplate } from "../src/core/template-layout";
import { workbookFromLayout } from "../src/hosts/file/write";
import { TAOJIANG_KEGONGJU_2022 } from "./taojiang-kegongju-2022";

/** The bundled sample: the seed department, as the `sample` command and the demo write it. */

export const SAMPLE = TAOJIANG_KEGONGJU_2022;
export const SAMPLE_FILE = "taojiang-kegongju-2022.xlsx";
export const SAMPLE_NAME = "桃江县科工局 2022";

export function sampleWorkbook(): Promise<Uint8Array> {
  return workbookFromLayout(layoutTemplate(SAMPLE, "given"));
}
