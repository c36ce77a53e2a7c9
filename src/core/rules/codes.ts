import type { RuleMeta } from "./catalogue";
import { normaliseSubjectName, subjectClassName } from "./class-table";
import { emit, fingerprint, type RuleContext } from "./context";
import { msg, MSG } from "./messages";
import type { CodeNameSpec } from "./spec";

/** CODE-NAME: 科目编码 against the 2024 类 table; names compared on the 类 rows. */
export function evalCodeName(ctx: RuleContext, rule: RuleMeta, spec: CodeNameSpec): void {
  const detail = ctx.model.expenditure;
  if (!detail) return;
  for (const row of detail.rows) {
    ctx.compared.add(rule.id);
    const cls = row.code.slice(0, spec.classDigits);
    const expected = subjectClassName(cls);
    const cells = [row.codeCell, ...(row.nameCell ? [row.nameCell] : [])];
    const base = {
      rule: rule.id,
      severity: rule.severity,
      cells,
      fingerprint: fingerprint([rule.id, "支出明细", row.code]),
    };
    if (expected === undefined) {
      emit(ctx, {
        ...base,
        message: msg(MSG.codeUnknown, { code: row.code, name: row.name, class: cls }),
        ...withSuggestion(spec),
      });
      continue;
    }
    const isClassRow = row.code.length === spec.classDigits;
    if (isClassRow && normaliseSubjectName(row.name) !== normaliseSubjectName(expected)) {
      emit(ctx, {
        ...base,
        message: msg(MSG.codeNameMismatch, { code: row.code, expected, name: row.name }),
        ...withSuggestion(spec),
      });
    }
  }
}

function withSuggestion(spec: CodeNameSpec) {
  return spec.suggestion ? { suggestion: spec.suggestion } : {};
}
