import { checkText } from "../src/core/text";
import { median } from "./stats";

/**
 * `npx tsx bench/text.ts [--sizes 0.1,1,10] [--runs 3]`: how the text check (check-text)
 * grows with the length of the text. Not a test: nothing here passes or fails on time.
 *
 * The text is a 决算说明 section repeated with the same figures (every repeat states the same
 * quantities again, the case that was quadratic), in two layouts: `lines`, one paragraph per
 * line as typed, and `wrapped`, the same cut into lines of 38 characters as a PDF copy.
 */

const SECTION = [
  "本年收入合计3765.66万元，其中一般公共预算财政拨款收入1008.64万元，占26.79%；政府性基金预算财政拨款收入605.99万元，占16.09%；事业收入2148.69万元，占57.06%；其他收入2.34万元，占0.06%。",
  "本年支出合计4021.94万元，其中基本支出2719.24万元，占67.61%；项目支出1302.70万元，占32.39%。与上年相比，本年支出合计增加121.94万元，增长3.13%。",
  "基本支出2719.24万元，其中人员经费2401.20万元，主要用于基本工资、津贴补贴等；公用经费318.04万元，主要用于办公费、水电费等。",
  "2023年“三公”经费支出预算18万元，决算6.28万元，完成预算的34.89%，比上年减少0.28万元，下降4.27%。",
].join("\n");

function wrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => line.match(new RegExp(`.{1,${width}}`, "gu"))?.join("\n") ?? "")
    .join("\n");
}

function textOf(layout: string, megabytes: number): string {
  const bytes = megabytes * 1024 * 1024;
  const section = `${SECTION}\n`;
  const repeats = Math.max(1, Math.round(bytes / Buffer.byteLength(section)));
  const text = section.repeat(repeats);
  return layout === "wrapped" ? wrap(text, 38) : text;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const sizes = option("--sizes", "0.1,1,10").split(",").map(Number);
const runs = Number(option("--runs", "3"));
const layouts = option("--layout", "lines,wrapped").split(",");

console.log("layout    MB     chars  paragraphs  findings  median ms  x size  x time   exp  heap MB");
for (const layout of layouts) {
  let first: { mb: number; ms: number } | undefined;
  let previous: { mb: number; ms: number } | undefined;
  for (const mb of sizes) {
    const text = textOf(layout, mb);
    checkText(text); // warm-up
    const samples: number[] = [];
    let paragraphs = 0;
    let findings = 0;
    let heap = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const result = checkText(text);
      samples.push(performance.now() - t0);
      heap = Math.max(heap, process.memoryUsage().heapUsed);
      paragraphs = result.paragraphs.length;
      findings = result.findings.length;
    }
    const ms = median(samples);
    first ??= { mb, ms };
    const exp = previous ? Math.log(ms / previous.ms) / Math.log(mb / previous.mb) : undefined;
    previous = { mb, ms };
    console.log(
      [
        layout.padEnd(7),
        mb.toFixed(1).padStart(5),
        String(text.length).padStart(9),
        String(paragraphs).padStart(11),
        String(findings).padStart(9),
        ms.toFixed(0).padStart(10),
        (mb / first.mb).toFixed(0).padStart(7),
        (ms / first.ms).toFixed(1).padStart(7),
        (exp === undefined ? "" : exp.toFixed(2)).padStart(5),
        (heap / 1024 / 1024).toFixed(0).padStart(8),
      ].join(" "),
    );
  }
}
console.log(`\nmedian of ${runs} runs after one warm-up; exp = k in time ~ size^k since the previous size.`);
