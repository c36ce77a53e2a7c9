import { loadCorpus, scoreText, totals, type TextScore, type Totals } from "../test/core/text/corpus/evaluate";

/**
 * `npm run eval:texts`: the text check on the corpus of published report texts
 * (test/core/text/corpus/real and, reported apart, held-out): per text the expectations met
 * and the false alarms, then recall and false alarms in total. `--verbose` names every miss
 * and every false alarm.
 */

const verbose = process.argv.includes("--verbose");

function line(s: TextScore): string {
  const must = s.met.length + s.missed.length;
  const what = s.entry.clean ? "clean" : `${s.met.length}/${must}`;
  const mark = s.missed.length === 0 && s.falseAlarms.length === 0 ? "ok  " : "FAIL";
  return `${mark} ${s.entry.file.padEnd(56)} ${what.padStart(5)}  false alarms ${s.falseAlarms.length}`;
}

function details(s: TextScore): string[] {
  const out: string[] = [];
  for (const e of s.missed)
    out.push(`       missed ${[e.rule].flat().join("|")} «${e.quote}»${e.why ? ` (${e.why})` : ""}`);
  for (const f of s.falseAlarms) out.push(`       false  ${f.rule} ${f.severity}: ${f.message["zh-CN"]}`);
  return out;
}

function summary(name: string, t: Totals): string {
  const perTwenty = t.clean === 0 ? 0 : (t.cleanAlarms / t.clean) * 20;
  return [
    `${name}: ${t.texts} texts (${t.clean} clean)`,
    `  recall ${t.met}/${t.expectations} = ${(t.recall * 100).toFixed(1)}%`,
    `  false alarms on clean texts ${t.cleanAlarms} (${perTwenty.toFixed(2)} per 20 clean texts), on texts with errors ${t.otherAlarms}`,
  ].join("\n");
}

function run(folder: "real" | "held-out"): Totals {
  const scores = loadCorpus(folder).map(({ entry, text }) => scoreText(entry, text));
  console.log(`== ${folder}`);
  for (const s of scores) {
    console.log(line(s));
    if (verbose) for (const d of details(s)) console.log(d);
  }
  const measured = scores.filter((s) => s.entry.measured);
  if (measured.length > 0) console.log(summary("measured set", totals(measured)));
  const t = totals(scores);
  console.log(summary(folder, t));
  return t;
}

const real = run("real");
console.log("");
const held = run("held-out");
const all: Totals = {
  texts: real.texts + held.texts,
  clean: real.clean + held.clean,
  expectations: real.expectations + held.expectations,
  met: real.met + held.met,
  recall: (real.met + held.met) / Math.max(1, real.expectations + held.expectations),
  cleanAlarms: real.cleanAlarms + held.cleanAlarms,
  otherAlarms: real.otherAlarms + held.otherAlarms,
};
console.log("");
console.log(summary("whole corpus", all));
