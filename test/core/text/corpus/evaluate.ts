import { readFileSync } from "fs";
import path from "path";
import { checkText, type TextFinding } from "../../../../src/core/text";

/**
 * Scoring the text check on texts of published reports (corpus/real, corpus/held-out). Each
 * folder has an `index.json`: per text the findings it must give (a rule, or one of several,
 * and a figure or phrase the finding's quote or message contains), the rules that must not
 * fire on it, or `clean` (no error or warning at all). `origin` says whether the text retells
 * a published report or was written from a report's real figures.
 */

export interface Expectation {
  rule: string | string[];
  quote: string;
  why?: string;
}

export interface CorpusEntry {
  file: string;
  source: string;
  origin: "published" | "written";
  /** One of the texts the issue measured the check on. */
  measured?: boolean;
  clean?: boolean;
  must?: Expectation[];
  mustNot?: string[];
}

export interface TextScore {
  entry: CorpusEntry;
  /** Expectations met, of `must`. */
  met: Expectation[];
  missed: Expectation[];
  /** Error or warning findings on a clean text, or findings of a `mustNot` rule. */
  falseAlarms: TextFinding[];
}

export const CORPUS_DIR = __dirname;

export function loadCorpus(folder: "real" | "held-out"): { entry: CorpusEntry; text: string }[] {
  const dir = path.join(CORPUS_DIR, folder);
  const index = JSON.parse(readFileSync(path.join(dir, "index.json"), "utf8")) as { texts: CorpusEntry[] };
  return index.texts.map((entry) => ({ entry, text: readFileSync(path.join(dir, entry.file), "utf8") }));
}

const serious = (f: TextFinding) => f.severity === "error" || f.severity === "warning";

function meets(f: TextFinding, e: Expectation): boolean {
  const rules = Array.isArray(e.rule) ? e.rule : [e.rule];
  return rules.includes(f.rule) && (f.where.quote.includes(e.quote) || f.message["zh-CN"].includes(e.quote));
}

export function scoreText(entry: CorpusEntry, text: string): TextScore {
  const findings = checkText(text).findings;
  const must = entry.must ?? [];
  const met = must.filter((e) => findings.some((f) => serious(f) && meets(f, e)));
  const missed = must.filter((e) => !met.includes(e));
  const falseAlarms = entry.clean
    ? findings.filter(serious)
    : findings.filter((f) => serious(f) && (entry.mustNot ?? []).includes(f.rule));
  return { entry, met, missed, falseAlarms };
}

export interface Totals {
  texts: number;
  clean: number;
  expectations: number;
  met: number;
  /** met / expectations. */
  recall: number;
  /** False alarms on clean texts, and on texts with errors (findings of a `mustNot` rule). */
  cleanAlarms: number;
  otherAlarms: number;
}

export function totals(scores: TextScore[]): Totals {
  const expectations = scores.reduce((n, s) => n + s.met.length + s.missed.length, 0);
  const met = scores.reduce((n, s) => n + s.met.length, 0);
  const count = (clean: boolean) =>
    scores.filter((s) => Boolean(s.entry.clean) === clean).reduce((n, s) => n + s.falseAlarms.length, 0);
  return {
    texts: scores.length,
    clean: scores.filter((s) => s.entry.clean).length,
    expectations,
    met,
    recall: expectations === 0 ? 1 : met / expectations,
    cleanAlarms: count(true),
    otherAlarms: count(false),
  };
}
