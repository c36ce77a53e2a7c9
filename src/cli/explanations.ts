import { reconcileExplanations, stateFromSnapshot } from "../app/state";
import type { CheckResult } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot";

/**
 * The 已说明 reasons the task pane kept in the workbook, attached to the result by the
 * fingerprint of the findings they explain; reasons whose finding is gone are left out.
 */
export function withExplanations<R extends CheckResult>(result: R, snapshot: WorkbookSnapshot): R {
  const { byFingerprint } = reconcileExplanations(result.findings, stateFromSnapshot(snapshot).explanations);
  return byFingerprint.size > 0 ? { ...result, explanations: byFingerprint } : result;
}
