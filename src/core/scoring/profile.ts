import { text, type Lang, type Localized } from "../i18n";
import { INDICATOR_IDS, isIndicatorId, type IndicatorId } from "../indicators/catalogue";
import { Decimal } from "../money";
import defaultProfileJson from "./default-profile.json";
import { parseExtras, type ProfileExtras } from "./judgements";

/**
 * A scoring profile (评分方案): the 一级/二级/三级 table of indicators.md as data, so a
 * department can load its own province's table. `loadProfile` checks a JSON value and says
 * which entry is wrong, by path (`items[3].points`), in words the command line can print.
 */

export type Rule =
  /** Scored by the department in 自评打分, clipped to 0…points. */
  | { kind: "qualitative" }
  /** points × min(rate, 100%). */
  | { kind: "capAt100" }
  /** points × rate. */
  | { kind: "rate" }
  /** ≤ limit: full; each point above deducts `deductPoints`, or `deductShare` × points (proportionally). */
  | { kind: "stepsAbove"; limit: Decimal; deductPoints?: Decimal; deductShare?: Decimal }
  /** The first band whose `min` the rate reaches gives `share` × points; below all: 0. */
  | { kind: "bands"; bands: { min: Decimal; share: Decimal }[] }
  /** On |rate|: exactly 0 gives `zeroShare`; else the first band with |rate| ≤ max; above all: 0. */
  | { kind: "adjustmentBands"; zeroShare: Decimal; bands: { max: Decimal; share: Decimal }[] }
  /** 年末结转和结余 = 0: full; > 0 but ≤ 年初结转和结余: `withinShare`; above 年初: 0. */
  | { kind: "carryover"; withinShare: Decimal }
  /** ≥ full: full; else points × 满意度 / full. */
  | { kind: "satisfaction"; full: Decimal }
  /** points × rate of the 效益 rows when there are any, else qualitative. */
  | { kind: "benefitOrQualitative" };

export type RuleKind = Rule["kind"];

export const RULE_KINDS: readonly RuleKind[] = [
  "qualitative",
  "capAt100",
  "rate",
  "stepsAbove",
  "bands",
  "adjustmentBands",
  "carryover",
  "satisfaction",
  "benefitOrQualitative",
];

export interface ProfileItem {
  level1: string;
  level2: string;
  /** 三级 indicator name; a qualitative item is matched to 自评打分 by it. */
  name: string;
  points: Decimal;
  /** The computed indicator it scores; absent for qualitative items. */
  indicator?: IndicatorId;
  rule: Rule;
}

export interface Profile extends ProfileExtras {
  name: string;
  nameEn?: string;
  totalPoints: Decimal;
  level1: { name: string; points: Decimal }[];
  items: ProfileItem[];
}

/** A profile that cannot be used; `path` names the entry (`items[3].points`). */
export class ProfileError extends Error {
  readonly path: string;
  readonly detail: Localized;

  constructor(path: string, detail: Localized) {
    super(`评分方案有误：${path}：${detail["zh-CN"]}`);
    this.name = "ProfileError";
    this.path = path;
    this.detail = detail;
  }

  /** The one-line message, in a language: `评分方案有误：items[3].points：…`. */
  messageIn(lang: Lang): string {
    const lead = lang === "zh-CN" ? "评分方案有误：" : "Scoring profile error at ";
    const sep = lang === "zh-CN" ? "：" : ": ";
    return `${lead}${this.path || (lang === "zh-CN" ? "（根）" : "(root)")}${sep}${this.detail[lang]}`;
  }
}

type Json = Record<string, unknown>;

function fail(path: string, zh: string, en: string): never {
  throw new ProfileError(path, text(zh, en));
}

function object(v: unknown, path: string, what: string): Json {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    fail(path, `应为对象（${what}）`, `must be an object (${what})`);
  return v as Json;
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v) || v.length === 0) fail(path, "应为非空数组", "must be a non-empty array");
  return v;
}

function str(v: unknown, path: string): string {
  if (v === undefined) fail(path, "缺少此项（应为文字）", "is missing (text expected)");
  if (typeof v !== "string" || v.trim() === "") fail(path, "应为非空文字", "must be non-empty text");
  return v.trim();
}

function num(v: unknown, path: string): Decimal {
  if (v === undefined) fail(path, "缺少此项（应为数字）", "is missing (a number expected)");
  const ok =
    (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()));
  if (!ok) fail(path, `应为数字，实为 ${JSON.stringify(v)}`, `must be a number, not ${JSON.stringify(v)}`);
  return new Decimal(typeof v === "string" ? v.trim() : v);
}

function positive(v: unknown, path: string): Decimal {
  const d = num(v, path);
  if (d.lte(0)) fail(path, `应大于 0，实为 ${d.toFixed()}`, `must be greater than 0, not ${d.toFixed()}`);
  return d;
}

/** A share of the points: 0…1, as a number or an exact fraction `"2/3"`. */
function share(v: unknown, path: string): Decimal {
  const m = typeof v === "string" ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(v) : null;
  const d = m && Number(m[2]) !== 0 ? new Decimal(m[1]).div(m[2]) : num(v, path);
  if (d.lt(0) || d.gt(1))
    fail(path, "应在 0 到 1 之间（占分值的比例）", "must be between 0 and 1 (a share of the points)");
  return d;
}

function bandList<K extends "min" | "max">(
  v: unknown,
  path: string,
  key: K,
  descending: boolean,
): ({ share: Decimal } & Record<K, Decimal>)[] {
  const bands = array(v, path).map((b, i) => {
    const o = object(b, `${path}[${i}]`, `{ ${key}, share }`);
    return { [key]: num(o[key], `${path}[${i}].${key}`), share: share(o.share, `${path}[${i}].share`) } as {
      share: Decimal;
    } & Record<K, Decimal>;
  });
  bands.forEach((b, i) => {
    if (i > 0 && (descending ? b[key].gte(bands[i - 1][key]) : b[key].lte(bands[i - 1][key]))) {
      const order = descending ? "从大到小" : "从小到大";
      fail(
        `${path}[${i}].${key}`,
        `各档 ${key} 应${order}排列`,
        `bands must be ordered by ${key}, ${descending ? "descending" : "ascending"}`,
      );
    }
  });
  return bands;
}

function rule(v: unknown, path: string): Rule {
  const o = object(v, path, "{ kind, … }");
  const kind = str(o.kind, `${path}.kind`);
  switch (kind) {
    case "qualitative":
    case "capAt100":
    case "rate":
    case "benefitOrQualitative":
      return { kind };
    case "stepsAbove": {
      const limit = num(o.limit, `${path}.limit`);
      if ((o.deductPoints === undefined) === (o.deductShare === undefined)) {
        fail(
          path,
          "stepsAbove 需要 deductPoints 或 deductShare 二者之一",
          "stepsAbove needs exactly one of deductPoints and deductShare",
        );
      }
      if (o.deductPoints !== undefined)
        return { kind, limit, deductPoints: positive(o.deductPoints, `${path}.deductPoints`) };
      return { kind, limit, deductShare: share(o.deductShare, `${path}.deductShare`) };
    }
    case "bands":
      return { kind, bands: bandList(o.bands, `${path}.bands`, "min", true) };
    case "adjustmentBands":
      return {
        kind,
        zeroShare: share(o.zeroShare ?? 1, `${path}.zeroShare`),
        bands: bandList(o.bands, `${path}.bands`, "max", false),
      };
    case "carryover":
      return { kind, withinShare: share(o.withinShare, `${path}.withinShare`) };
    case "satisfaction":
      return { kind, full: positive(o.full, `${path}.full`) };
    default:
      return fail(
        `${path}.kind`,
        `未知的评分规则“${kind}”（可用：${RULE_KINDS.join("、")}）`,
        `unknown rule kind "${kind}" (known: ${RULE_KINDS.join(", ")})`,
      );
  }
}

function item(v: unknown, path: string, level1Names: string[]): ProfileItem {
  const o = object(v, path, "{ level1, level2, name, points, rule }");
  const name = str(o.name, `${path}.name`);
  const at = (key: string): string => `${path}.${key}`;
  const level1 = str(o.level1, at("level1"));
  if (!level1Names.includes(level1)) {
    fail(
      at("level1"),
      `“${name}”的一级指标“${level1}”不在 level1 中`,
      `"${name}": 一级 "${level1}" is not listed in level1`,
    );
  }
  const points =
    o.points === undefined
      ? fail(at("points"), `“${name}”缺少分值`, `"${name}" has no points`)
      : positive(o.points, at("points"));
  const parsed: ProfileItem = {
    level1,
    level2: str(o.level2, at("level2")),
    name,
    points,
    rule: rule(o.rule, at("rule")),
  };
  if (parsed.rule.kind === "qualitative") return parsed;
  const indicator = str(o.indicator, at("indicator"));
  if (!isIndicatorId(indicator)) {
    fail(
      at("indicator"),
      `“${name}”引用了未知的指标“${indicator}”（可用：${INDICATOR_IDS.join("、")}）`,
      `"${name}" refers to an unknown indicator "${indicator}" (known: ${INDICATOR_IDS.join(", ")})`,
    );
  }
  return { ...parsed, indicator };
}

/** Checks a profile JSON value (already parsed); throws ProfileError naming the bad entry. */
export function loadProfile(json: unknown): Profile {
  const root = object(json, "", "{ name, level1, items }");
  const name = str(root.name, "name");
  const level1 = array(root.level1, "level1").map((l, i) => {
    const o = object(l, `level1[${i}]`, "{ name, points }");
    return { name: str(o.name, `level1[${i}].name`), points: positive(o.points, `level1[${i}].points`) };
  });
  const names = level1.map((l) => l.name);
  const items = array(root.items, "items").map((v, i) => item(v, `items[${i}]`, names));
  items.forEach((it, i) => {
    if (items.findIndex((other) => other.name === it.name) !== i)
      fail(`items[${i}].name`, `“${it.name}”重复`, `"${it.name}" appears twice`);
  });
  level1.forEach((l, i) => {
    const sum = items.filter((it) => it.level1 === l.name).reduce((acc, it) => acc.plus(it.points), new Decimal(0));
    if (!sum.eq(l.points)) {
      fail(
        `level1[${i}].points`,
        `“${l.name}”为 ${l.points.toFixed()} 分，但其下各项合计 ${sum.toFixed()} 分`,
        `"${l.name}" states ${l.points.toFixed()} points but its items add up to ${sum.toFixed()}`,
      );
    }
  });
  const levelSum = level1.reduce((acc, l) => acc.plus(l.points), new Decimal(0));
  const totalPoints = root.totalPoints === undefined ? levelSum : positive(root.totalPoints, "totalPoints");
  if (!totalPoints.eq(levelSum)) {
    fail(
      "totalPoints",
      `总分 ${totalPoints.toFixed()} 分，但各一级指标合计 ${levelSum.toFixed()} 分`,
      `totalPoints is ${totalPoints.toFixed()} but the 一级 points add up to ${levelSum.toFixed()}`,
    );
  }
  const nameEn = root.nameEn === undefined ? undefined : str(root.nameEn, "nameEn");
  const extras = parseExtras(root, (path, detail) => {
    throw new ProfileError(path, detail);
  });
  return { name, nameEn, totalPoints, level1, items, ...extras };
}

/** The default profile of indicators.md: 部门整体支出（共性指标参考口径）, 100 points. */
export const DEFAULT_PROFILE: Profile = loadProfile(defaultProfileJson);
