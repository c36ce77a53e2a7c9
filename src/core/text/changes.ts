import { judgeChange, type ChangeGroup } from "./change-judge";
import type { TextFinding } from "./finding";
import type { Mention, TextContext } from "./mentions";

/**
 * TXT-CHANGE: `本年X万元，上年Y万元，增加Z万元，增长r%`, `较上年增加2.4万元，增长0.24%`, `下降43%`,
 * `持平`. The change (amount, rate, direction word) must agree with the stated current and
 * prior figures; with only X, Z and r the rate must agree with the prior they imply; with a
 * workbook and no prior stated, with its 上年决算数.
 */

const FLAT = /(?<!基本|大致|大体|总体|略|基本保持)持平/g;

function compatible(subject: Mention, prior: Mention): boolean {
  if (subject.kind !== prior.kind || subject.info.measure !== prior.info.measure) return false;
  return (
    prior.label === "" ||
    prior.label === subject.label ||
    (prior.canonical !== undefined && prior.canonical === subject.canonical)
  );
}

function attaches(group: ChangeGroup | undefined, m: Mention): group is ChangeGroup {
  const of = m.info.changeSubject ?? "";
  return group !== undefined && (of === "" || of === group.subject.label);
}

function isSubject(m: Mention): boolean {
  return m.period === "current" && !m.info.listed && !m.inParens && (m.label !== "" || m.info.periodStated);
}

/** Groups of one sentence: a current figure with the prior and the changes stated after it. */
function groupsOf(
  ctx: TextContext,
  mentions: Mention[],
  sentence: { start: number; end: number },
  paragraph: number,
): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  const flats = [...ctx.normalised[paragraph - 1].slice(sentence.start, sentence.end).matchAll(FLAT)].map(
    (f) => sentence.start + (f.index ?? 0),
  );
  let group: ChangeGroup | undefined;
  let pendingPrior: Mention | undefined;
  const flatsUpTo = (pos: number) => {
    while (flats.length > 0 && flats[0] < pos) {
      flats.shift();
      if (group) group.flat = true;
    }
  };
  for (const m of mentions) {
    flatsUpTo(m.start);
    if (m.approx) continue;
    if (m.info.change) {
      if (!attaches(group, m)) continue;
      const slot = m.kind === "percent" ? "rate" : "amount";
      if (m.kind !== "percent" && m.kind !== group.subject.kind) continue;
      if (group[slot]) group.ambiguous = true;
      else group[slot] = m;
      continue;
    }
    if (m.kind === "percent") continue;
    if (m.info.base || m.period === "prior") {
      if (group && !group.prior && compatible(group.subject, m)) group.prior = m;
      else if (!group) pendingPrior = m;
      continue;
    }
    if (!isSubject(m)) continue;
    group = { subject: m, flat: false, ambiguous: false };
    if (pendingPrior && compatible(m, pendingPrior)) group.prior = pendingPrior;
    pendingPrior = undefined;
    groups.push(group);
  }
  flatsUpTo(sentence.end);
  return groups;
}

export function checkChanges(ctx: TextContext): TextFinding[] {
  const findings: TextFinding[] = [];
  ctx.paragraphs.forEach((p, i) => {
    p.sentences.forEach((s, si) => {
      const mentions = ctx.mentions[i].filter((m) => m.sentence === si);
      for (const g of groupsOf(ctx, mentions, s, p.index)) {
        const f = judgeChange(ctx, g);
        if (f) findings.push(f);
      }
    });
  });
  return findings;
}
