import { checkWorkbook } from "../core/check";
import { fillLocalized, type Lang } from "../core/i18n";
import { settingsWith } from "../core/settings";
import { WorkbookReadError } from "../hosts/file/errors";
import type { BatchOutcome } from "./batch-result";
import { loadWorkbook } from "./input";
import { withExplanations } from "./explanations";
import { checkToJson } from "./json";
import { compose, MSG } from "./messages";
import { TOOL } from "./version";

/**
 * One workbook of a batch, checked to what the batch prints: plain data that a worker thread
 * can send back (no model, no decimals). Never throws: an unreadable file is an outcome.
 */

export interface CheckRequest {
  path: string;
  lang: Lang;
  /** Also the object of `check --json` (only when the batch prints JSON). */
  json: boolean;
}

export async function checkOne(request: CheckRequest): Promise<BatchOutcome> {
  const { path, lang } = request;
  try {
    const { snapshot } = await loadWorkbook(path);
    const result = withExplanations(checkWorkbook(snapshot, settingsWith()), snapshot);
    return {
      checked: {
        findings: result.findings,
        ...(result.model.info.name && { unitName: result.model.info.name.value }),
        ...(request.json && { json: checkToJson(result, TOOL, path, lang) }),
        ...(result.explanations && { explained: result.explanations.size }),
      },
    };
  } catch (e) {
    if (e instanceof WorkbookReadError) {
      const reason = e.localized;
      return {
        failure: { reason: compose(MSG.unreadable, { reason }), line: compose(MSG.cannotRead, { path, reason }) },
      };
    }
    const message = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    const line = fillLocalized(MSG.internalError, { message });
    return { failure: { reason: line, line } };
  }
}
