import type { Finding } from "../../findings";
import type { Localized } from "../../i18n";
import { joinSentences, paragraph } from "../builder";
import type { ReportContext } from "../context";
import type { ReportBlock } from "../document";
import { endSentence, splitCells, type Piece } from "../format";
import { MEASURES, STANDING_MEASURES } from "../measures";
import { itemsWithMaterials } from "../outline";
import { semicolon, sentence } from "../phrases";
import { DETAIL_BUILDERS } from "../problem-details";
import { DETAIL, PROBLEM_FAMILIES, PROBLEM_TITLES, type ProblemFamily } from "../problem-templates";

/** 四、存在的问题 and 五、改进措施和建议: one problem per family the checks found, one measure each. */

export interface Problem {
  family: ProblemFamily;
  findings: Finding[];
  /** The detail sentence with its figures. */
  detail: Piece[];
  /** The department's explanations of warnings marked 已说明, each once. */
  reasons: string[];
  /** Cells named by the findings when the detail falls back to their messages. */
  extraSources: string[];
}

const IND_FAMILIES = new Set<string>(PROBLEM_FAMILIES.filter((f) => f !== "ERRORS"));

function familyFindings(ctx: ReportContext, family: ProblemFamily): Finding[] {
  const all = ctx.result.findings;
  if (family === "ERRORS") return all.filter((f) => f.severity === "error" && !IND_FAMILIES.has(f.rule));
  return all.filter((f) => f.rule === family && f.severity !== "info");
}

function stripEnd(s: string): string {
  return s.trim().replace(/[。.；;，,]+$/, "");
}

function buildProblem(ctx: ReportContext, family: ProblemFamily, findings: Finding[]): Problem {
  const clauses = DETAIL_BUILDERS[family](ctx, findings).filter((c) => c.length > 0);
  const reasons = [
    ...new Set(
      findings.flatMap((f) =>
        f.severity === "warning" && ctx.explained[f.fingerprint]?.trim() ? [ctx.explained[f.fingerprint].trim()] : [],
      ),
    ),
  ];
  if (clauses.length > 0)
    return { family, findings, detail: sentence(ctx, clauses, semicolon(ctx.lang)), reasons, extraSources: [] };
  // No figure could be placed: the findings' own messages say what was found.
  const messages = [...new Set(findings.map((f) => stripEnd(f.message[ctx.lang])))].filter((m) => m !== "");
  const detail = sentence(
    ctx,
    messages.map((m) => [m]),
    semicolon(ctx.lang),
  );
  return { family, findings, detail, reasons, extraSources: findings.flatMap((f) => splitCells(f.cells)) };
}

/** The problems in report order: one per family with a warning or error, never invented. */
export function collectProblems(ctx: ReportContext): Problem[] {
  return PROBLEM_FAMILIES.flatMap((family) => {
    const findings = familyFindings(ctx, family);
    return findings.length > 0 ? [buildProblem(ctx, family, findings)] : [];
  });
}

function problemPieces(ctx: ReportContext, p: Problem): Piece[] {
  const explanations = p.reasons.map((r) => ctx.s(DETAIL.explanation, { reason: endSentence(r, ctx.lang) }));
  return joinSentences([p.detail, ...explanations], ctx.lang);
}

export function problemsSection(ctx: ReportContext, problems: Problem[]): ReportBlock[] {
  const items = itemsWithMaterials(
    ctx,
    problems.map((p) => ({
      lead: PROBLEM_TITLES[p.family],
      pieces: problemPieces(ctx, p),
      extraSources: p.extraSources,
    })),
    "存在的问题",
  );
  if (items.length === 0) return [paragraph(ctx.s(DETAIL.none))];
  return [paragraph(ctx.s(DETAIL.intro)), ...items];
}

/** One measure per problem (a measure two problems share is listed once), then the standing ones. */
export function measuresSection(ctx: ReportContext, problems: Problem[]): ReportBlock[] {
  const measures: Localized[] = [];
  for (const m of [...problems.map((p) => MEASURES[p.family]), ...STANDING_MEASURES]) {
    if (m && !measures.some((x) => x[ctx.lang] === m[ctx.lang])) measures.push(m);
  }
  return itemsWithMaterials(
    ctx,
    measures.map((m) => ({ pieces: [ctx.t(m)] })),
    "改进措施",
  );
}
