import { readFileSync } from "fs";
import path from "path";
import { checkText, type TextCheckResult } from "../../../src/core/text";
import { TEXTS, VARIANTS, type ExpectedFinding } from "./corpus/variants";
import { hardWrap } from "./helpers";

/**
 * Realistic report texts (test/core/text/corpus): correct as written, they must give no error
 * and no warning; with one injected error, exactly the findings that error causes.
 */

const read = (file: string) => readFileSync(path.join(__dirname, "corpus", file), "utf8");

/** A finding as the expectations name it: rule, the paragraph's opening words, the quote. */
function matches(result: TextCheckResult, f: TextCheckResult["findings"][number], e: ExpectedFinding): boolean {
  return (
    f.rule === e.rule &&
    result.paragraphs[f.where.paragraph - 1].startsWith(e.paragraph) &&
    f.where.quote.includes(e.quote)
  );
}

function describeFindings(result: TextCheckResult): string[] {
  return result.findings.map(
    (f) =>
      `${f.rule} ${f.severity} ¶${f.where.paragraph} «${result.paragraphs[f.where.paragraph - 1].slice(0, 16)}» ${f.message["zh-CN"]}`,
  );
}

describe("the corpus: correct texts", () => {
  it.each(TEXTS.map((t) => [t.file, t]))("%s: no error or warning", (_file, t) => {
    const result = checkText(read(t.file));
    const infos = t.infos ?? [];
    // Every finding is one of the declared 尾差 (info), each declared one is found.
    const unexpected = result.findings.filter(
      (f) => f.severity !== "info" || !infos.some((e) => matches(result, f, e)),
    );
    expect(unexpected.map((f) => describeFindings({ ...result, findings: [f] })[0])).toEqual([]);
    for (const e of infos)
      expect(result.findings.some((f) => f.severity === "info" && matches(result, f, e))).toBe(true);
  });
});

describe("the corpus: one injected error each", () => {
  it.each(VARIANTS.map((v) => [`${v.file}: ${v.what}`, v]))("%s", (_name, v) => {
    const original = read(v.file);
    expect(original.split(v.from)).toHaveLength(2);
    const result = checkText(original.replace(v.from, v.to));
    const base = TEXTS.find((t) => t.file === v.file)?.infos ?? [];
    const found = result.findings.filter((f) => !(f.severity === "info" && base.some((e) => matches(result, f, e))));
    const unmatched = found.filter((f) => !v.expect.some((e) => matches(result, f, e)));
    expect(unmatched.map((f) => describeFindings({ ...result, findings: [f] })[0])).toEqual([]);
    for (const e of v.expect) {
      const hits = found.filter((f) => matches(result, f, e));
      expect([e, hits.length]).toEqual([e, 1]);
      expect(hits[0].severity).not.toBe("info");
    }
  });
});

describe("the corpus as PDF copies", () => {
  const rules = (text: string) =>
    checkText(text)
      .findings.map((f) => `${f.rule}/${f.severity}`)
      .sort();
  // The water text is a PDF copy already; wrapping it again would cut its lines twice.
  const texts = [
    ...TEXTS.map((t) => [t.file, read(t.file)]),
    ...VARIANTS.map((v) => [`${v.file}: ${v.what}`, read(v.file).replace(v.from, v.to)]),
  ].filter(([name]) => !name.startsWith("pdf-"));
  it.each([40, 60])("gives the same findings wrapped at %i columns", (columns) => {
    for (const [name, text] of texts) expect([name, rules(hardWrap(text, columns))]).toEqual([name, rules(text)]);
  });
});
