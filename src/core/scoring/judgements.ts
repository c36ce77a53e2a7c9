import { text, type Lang, type Localized } from "../i18n";
import { Decimal } from "../money";

/**
 * What a profile says beyond the points: the words a report may use about an indicator
 * (`执行情况较好` from 95%), how an item that cannot be scored is counted, and how the
 * department is named. Every adjective of the report comes from these thresholds.
 */

export interface JudgementBand {
  /** The band applies from this value up (≥); the last band may have none: everything below. */
  min?: Decimal;
  word: Localized;
}

export interface Judgement {
  /** Judge |value| (a budget cut of 25% is as large an adjustment as an increase). */
  absolute: boolean;
  bands: JudgementBand[];
}

/** `zero`: an unscored item counts 0; `rescale`: it is left out and the total scaled to the full points. */
export type UnscoredPolicy = "zero" | "rescale";

/** How the report names the department: by its 单位名称, or with a fixed self-reference (`我局`). */
export type SelfReference = { kind: "name" } | { kind: "fixed"; word: Localized };

export interface ProfileExtras {
  judgements: Record<string, Judgement>;
  unscored: UnscoredPolicy;
  selfReference: SelfReference;
}

type Fail = (path: string, detail: Localized) => never;
type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function words(o: Json, path: string, fail: Fail): Localized {
  const zh = o["zh-CN"];
  const en = o["en-US"];
  if (typeof zh !== "string" || zh.trim() === "" || typeof en !== "string" || en.trim() === "")
    fail(path, text("应有非空的 zh-CN 和 en-US 文字", "needs non-empty zh-CN and en-US text"));
  return text(zh.trim(), en.trim());
}

function band(v: unknown, path: string, isLast: boolean, fail: Fail): JudgementBand {
  if (!isObject(v))
    return fail(path, text("应为对象 { min, zh-CN, en-US }", "must be an object { min, zh-CN, en-US }"));
  const word = words(v, path, fail);
  if (v.min === undefined) {
    if (!isLast) fail(`${path}.min`, text("只有最后一档可以不写 min", "only the last band may omit min"));
    return { word };
  }
  if (typeof v.min !== "number" || !Number.isFinite(v.min)) fail(`${path}.min`, text("应为数字", "must be a number"));
  return { min: new Decimal(v.min), word };
}

function judgement(v: unknown, path: string, fail: Fail): Judgement {
  if (!isObject(v) || !Array.isArray(v.bands) || v.bands.length === 0)
    return fail(path, text("应为 { bands: [...] }，bands 非空", "must be { bands: [...] } with bands"));
  const list = v.bands;
  const bands = list.map((b, i) => band(b, `${path}.bands[${i}]`, i === list.length - 1, fail));
  bands.forEach((b, i) => {
    const prev = bands[i - 1]?.min;
    if (i > 0 && b.min && prev && b.min.gte(prev))
      fail(`${path}.bands[${i}].min`, text("各档 min 应从大到小排列", "bands must be ordered by min, descending"));
  });
  return { absolute: v.absolute === true, bands };
}

export function parseExtras(root: Json, fail: Fail): ProfileExtras {
  const judgements: Record<string, Judgement> = {};
  if (root.judgements !== undefined) {
    if (!isObject(root.judgements)) fail("judgements", text("应为对象", "must be an object"));
    for (const [k, v] of Object.entries(root.judgements)) judgements[k] = judgement(v, `judgements.${k}`, fail);
  }
  const unscored = root.unscored ?? "zero";
  if (unscored !== "zero" && unscored !== "rescale")
    fail("unscored", text("应为 zero 或 rescale", "must be zero or rescale"));
  let selfReference: SelfReference = { kind: "name" };
  if (root.selfReference !== undefined) {
    if (!isObject(root.selfReference)) fail("selfReference", text("应为对象", "must be an object"));
    selfReference = { kind: "fixed", word: words(root.selfReference, "selfReference", fail) };
  }
  return { judgements, unscored: unscored as UnscoredPolicy, selfReference };
}

/** The word for a value under a profile's judgement, or undefined when none applies. */
export function judge(
  extras: Pick<ProfileExtras, "judgements">,
  key: string,
  value: Decimal,
  lang: Lang,
): string | undefined {
  const j = extras.judgements[key];
  if (!j) return undefined;
  const v = j.absolute ? value.abs() : value;
  const hit = j.bands.find((b) => b.min === undefined || v.gte(b.min));
  return hit?.word[lang];
}
