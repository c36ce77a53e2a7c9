import type { CellInput } from "../src/core/snapshot";
import { sheetDef, type SheetDef } from "../src/core/template";
import type { TemplateData } from "../src/core/template-layout";
import { SUBJECT_CLASSES_2024 } from "../src/core/rules/class-table";
import { balancedDepartment } from "../test/fixtures/department";

/**
 * Workbooks of increasing size, built in code from the balanced department, that stay
 * balanced at every size: every sum, tree, cross-sheet figure and indicator still agrees, so
 * the checks do the same kind of work at each size and fire nothing (the bench reports the
 * findings it got, so a generator bug shows up as errors in the table).
 *
 * Deterministic: the only "random" numbers come from a seeded generator.
 */

type Values = Partial<Record<string, CellInput>>;

export type WorkloadName = "expenditure" | "projects";

export interface Workload {
  name: WorkloadName;
  /** What grows, for the table: `支出明细 rows`. */
  unit: string;
  defaultSizes: number[];
  minSize: number;
  maxSize: number;
  build(size: number): TemplateData;
}

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same workbook on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Amounts are handled in integer cents (分 of the sheet unit) so that every sum is exact. */
function toCents(v: number): number {
  return Math.round(v * 100);
}

function fromCents(c: number): number {
  return c / 100;
}

/** Splits `total` cents into parts proportional to `weights` (largest remainder: exact sum). */
export function distribute(total: number, weights: number[]): number[] {
  const w = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((x) => (total * x) / w);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let j = 0; left > 0; j = (j + 1) % order.length, left--) parts[order[j].i] += 1;
  return parts;
}

function amountNames(def: SheetDef): Set<string> {
  return new Set([
    ...(def.columns ?? []).filter((c) => c.kind === "amount").map((c) => c.name),
    ...(def.keys ?? []).filter((k) => k.kind === "amount").map((k) => k.label),
  ]);
}

function scaleValues(values: Values | undefined, amounts: Set<string>, k: number): Values | undefined {
  if (!values) return values;
  const out: Values = { ...values };
  for (const [name, v] of Object.entries(values)) {
    if (amounts.has(name) && typeof v === "number") out[name] = fromCents(toCents(v) * k);
  }
  return out;
}

function scaleRecord(rec: Record<string, Values> | undefined, amounts: Set<string>, k: number) {
  if (!rec) return rec;
  return Object.fromEntries(Object.entries(rec).map(([label, v]) => [label, scaleValues(v, amounts, k) ?? {}]));
}

/**
 * The department with every amount multiplied by the integer `k` (exact in cents): sums still
 * balance and every ratio (execution rate, carry-over rate, …) is unchanged. Counts, dates,
 * targets and scores are not amounts and stay as they are.
 */
export function scaleDepartment(data: TemplateData, k: number): TemplateData {
  const summary = amountNames(sheetDef("收支总表"));
  const detail = amountNames(sheetDef("支出明细"));
  const three = amountNames(sheetDef("三公经费"));
  const projects = amountNames(sheetDef("项目支出"));
  const other = amountNames(sheetDef("其他指标"));
  return {
    ...data,
    summary: scaleRecord(data.summary, summary, k),
    expenditure: data.expenditure && {
      ...data.expenditure,
      rows: data.expenditure.rows.map((r) => scaleValues(r, detail, k) ?? {}),
      total: scaleValues(data.expenditure.total, detail, k),
    },
    threePublic: scaleRecord(data.threePublic, three, k),
    projects: data.projects && {
      rows: data.projects.rows.map((r) => scaleValues(r, projects, k) ?? {}),
      total: scaleValues(data.projects.total, projects, k),
    },
    other: scaleValues(data.other, other, k),
  };
}

function num(v: CellInput): number {
  if (typeof v !== "number") throw new Error(`bench fixture: expected a number, got ${JSON.stringify(v)}`);
  return v;
}

interface SubjectNode {
  code: string;
  name: string;
  children: SubjectNode[];
  cents: { 人员经费: number; 公用经费: number; 项目支出: number };
}

/** The classes of the balanced department's projects come first, so every size keeps them. */
function chooseClasses(count: number, projectClasses: string[]): string[] {
  const others = Object.keys(SUBJECT_CLASSES_2024)
    .sort()
    .filter((c) => !projectClasses.includes(c));
  return [...projectClasses, ...others].slice(0, count).sort();
}

const MAX_CLASSES = Object.keys(SUBJECT_CLASSES_2024).length;
/** Two-digit 款 and 项 codes: at most 99 款 per 类 and 99 项 per 款. */
const MAX_ROWS_PER_CLASS = 1 + 99 * (1 + 99);

/**
 * 支出明细 with exactly `rows` subject rows: a 类 → 款 → 项 tree over real 2024 function
 * classes (so CODE-NAME passes), leaf amounts from a seeded split, every parent the exact sum
 * of its children, the 合计 row the sum of the 类 rows and equal to 收支总表; the 项目支出
 * column of each class equal to the projects of that class (XS-PRJ-CLASS). The whole
 * department is scaled by ⌈rows / 8⌉ so that a leaf keeps about the size of the original rows.
 */
export function expenditureDepartment(rows: number): TemplateData {
  const k = Math.ceil(rows / 8);
  const data = scaleDepartment(balancedDepartment(), k);
  const projects = data.projects?.rows ?? [];
  const projectCents = new Map<string, number>();
  for (const p of projects) {
    const cls = String(p["科目编码"]).slice(0, 3);
    projectCents.set(cls, (projectCents.get(cls) ?? 0) + toCents(num(p["实际支出数"])));
  }
  const classCount = Math.min(MAX_CLASSES, Math.max(projectCents.size, Math.ceil(rows / 100)));
  const classes = chooseClasses(classCount, [...projectCents.keys()]);

  // The tree: each class gets its share of the rows, filled 款 by 款 (≈ √rows 项 under each).
  const roots: SubjectNode[] = [];
  const leaves: SubjectNode[] = [];
  const node = (code: string, name: string): SubjectNode => ({
    code,
    name,
    children: [],
    cents: { 人员经费: 0, 公用经费: 0, 项目支出: 0 },
  });
  classes.forEach((cls, ci) => {
    const budget = Math.floor(rows / classes.length) + (ci < rows % classes.length ? 1 : 0);
    const className = SUBJECT_CLASSES_2024[cls];
    const short = className.replace(/支出$/, "");
    const root = node(cls, className);
    roots.push(root);
    let left = budget - 1;
    const perItem = Math.min(99, Math.ceil(Math.sqrt(budget)));
    for (let j = 1; left > 0; j++) {
      const kuan = node(`${cls}${String(j).padStart(2, "0")}`, `${short}事务${j}`);
      root.children.push(kuan);
      left--;
      for (let i = 1; i <= perItem && left > 0; i++, left--) {
        kuan.children.push(node(`${kuan.code}${String(i).padStart(2, "0")}`, `${short}事务${j}项目${i}`));
      }
    }
  });
  const walk = (n: SubjectNode, visit: (n: SubjectNode) => void): void => {
    visit(n);
    n.children.forEach((c) => walk(c, visit));
  };
  roots.forEach((r) => walk(r, (n) => n.children.length === 0 && leaves.push(n)));

  // Leaf amounts: basic spending over every leaf, project spending over the leaves of its class.
  const rnd = seededRandom(20220001 + rows);
  const summary = data.summary ?? {};
  const weights = leaves.map(() => 1 + 2 * rnd());
  distribute(toCents(num(summary["人员经费"]?.["决算数"])), weights).forEach((c, i) => (leaves[i].cents.人员经费 = c));
  distribute(toCents(num(summary["公用经费"]?.["决算数"])), weights).forEach((c, i) => (leaves[i].cents.公用经费 = c));
  for (const [cls, total] of projectCents) {
    const own = leaves.filter((l) => l.code.startsWith(cls));
    distribute(
      total,
      own.map(() => 1 + 2 * rnd()),
    ).forEach((c, i) => (own[i].cents.项目支出 = c));
  }
  const sumUp = (n: SubjectNode): void => {
    n.children.forEach(sumUp);
    for (const c of n.children) {
      n.cents.人员经费 += c.cents.人员经费;
      n.cents.公用经费 += c.cents.公用经费;
      n.cents.项目支出 += c.cents.项目支出;
    }
  };
  roots.forEach(sumUp);

  const out: Values[] = [];
  const amount = (c: number): number | undefined => (c === 0 ? undefined : fromCents(c));
  roots.forEach((r) =>
    walk(r, (n) => {
      const { 人员经费: p, 公用经费: g, 项目支出: x } = n.cents;
      out.push({
        科目编码: n.code,
        科目名称: n.name,
        合计: amount(p + g + x),
        人员经费: amount(p),
        公用经费: amount(g),
        项目支出: amount(x),
      });
    }),
  );
  if (out.length !== rows) throw new Error(`bench fixture: built ${out.length} subject rows, wanted ${rows}`);

  // The 合计 row of the scaled original must be what the tree adds up to.
  const total = data.expenditure?.total ?? {};
  const sums = { 人员经费: 0, 公用经费: 0, 项目支出: 0 };
  for (const r of roots) for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += r.cents[key];
  for (const key of Object.keys(sums) as (keyof typeof sums)[]) {
    if (sums[key] !== toCents(num(total[key]))) throw new Error(`bench fixture: 支出明细 ${key} does not add up`);
  }
  return { ...data, expenditure: { rows: out, total } };
}

/**
 * 项目支出 with exactly `count` projects: each project of the balanced department split into
 * about count / 4 projects of the same class, release date and key flag, amounts from a seeded
 * split (年末结转结余 = 调整后预算数 − 实际支出数 on every row, each class's total unchanged).
 * The whole department is scaled by ⌈count / 4⌉ so that a project keeps about its original size.
 */
export function projectsDepartment(count: number): TemplateData {
  const k = Math.ceil(count / 4);
  const data = scaleDepartment(balancedDepartment(), k);
  const originals = data.projects?.rows ?? [];
  const rnd = seededRandom(20220002 + count);
  const rows: Values[] = [];
  originals.forEach((o, oi) => {
    const n = Math.floor(count / originals.length) + (oi < count % originals.length ? 1 : 0);
    const weights = Array.from({ length: n }, () => 1 + 2 * rnd());
    const actual = distribute(toCents(num(o["实际支出数"])), weights);
    const carry = distribute(toCents(num(o["年末结转结余"])), weights);
    for (let i = 0; i < n; i++) {
      rows.push({
        ...o,
        项目名称: `${String(o["项目名称"])}（第${i + 1}项）`,
        调整后预算数: fromCents(actual[i] + carry[i]),
        实际支出数: fromCents(actual[i]),
        年末结转结余: fromCents(carry[i]),
      });
    }
  });
  if (rows.length !== count) throw new Error(`bench fixture: built ${rows.length} projects, wanted ${count}`);
  return { ...data, projects: { rows, total: data.projects?.total } };
}

export const WORKLOADS: Record<WorkloadName, Workload> = {
  expenditure: {
    name: "expenditure",
    unit: "支出明细 rows",
    defaultSizes: [200, 2_000, 20_000],
    minSize: 4,
    maxSize: MAX_CLASSES * MAX_ROWS_PER_CLASS,
    build: expenditureDepartment,
  },
  projects: {
    name: "projects",
    unit: "项目支出 projects",
    defaultSizes: [100, 1_000, 10_000],
    minSize: 4,
    maxSize: 1_000_000,
    build: projectsDepartment,
  },
};

/** The reference run in the same process as every size: the balanced department itself. */
export function baselineDepartment(): TemplateData {
  return balancedDepartment();
}
