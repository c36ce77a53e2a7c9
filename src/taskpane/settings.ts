import type { StoredSettings } from "../app/host";
import type { CheckOptions } from "../app/pipeline";
import type { Lang } from "../core/i18n";
import { Decimal } from "../core/money";
import { loadProfile, ProfileError, type Profile } from "../core/scoring";
import { settingsWith, type CheckSettings, type Thresholds } from "../core/settings";

/** Stored settings → what the pipeline takes, and the language the pane speaks. */

/** Thresholds the 设置 panel edits (the percentages; 拨付时间 stays at its default). */
export const EDITABLE_THRESHOLDS = [
  "staffControlMax",
  "executionMin",
  "projectExecutionMin",
  "carryoverRateMax",
  "adjustmentRateMax",
  "publicControlMax",
] as const satisfies readonly (keyof Thresholds)[];

export function isTolerance(raw: string): boolean {
  return /^\d+(\.\d+)?$/.test(raw.trim());
}

/** Tolerance and thresholds of the stored settings; unreadable entries fall back to the defaults. */
export function checkSettings(settings: StoredSettings): CheckSettings {
  const tolerance = settings.tolerance && isTolerance(settings.tolerance) ? new Decimal(settings.tolerance) : undefined;
  const thresholds: Partial<Thresholds> = {};
  for (const key of EDITABLE_THRESHOLDS) {
    const v = Number(settings.thresholds?.[key]);
    if (settings.thresholds?.[key] !== undefined && Number.isFinite(v)) thresholds[key] = v;
  }
  return settingsWith({ tolerance, thresholds });
}

/**
 * The stored profile for composing the report. The check has loaded it already (a profile that
 * does not load stops the check with its message), so here a failure only means "the default".
 */
export function reportProfile(settings: StoredSettings): Profile | undefined {
  if (settings.profile === undefined) return undefined;
  try {
    return loadProfile(settings.profile);
  } catch {
    return undefined;
  }
}

/** The check options of the stored settings; a stored profile that no longer loads is an error. */
export function checkOptions(settings: StoredSettings): CheckOptions {
  return {
    settings: checkSettings(settings),
    profile: settings.profile === undefined ? undefined : loadProfile(settings.profile),
  };
}

/** Why a profile JSON is refused, in the language; undefined when it loads. */
export function profileProblem(json: unknown, lang: Lang): string | undefined {
  try {
    loadProfile(json);
    return undefined;
  } catch (e) {
    if (e instanceof ProfileError) return e.messageIn(lang);
    throw e;
  }
}

/** 跟随 Office: Office's display language inside Excel, the browser's outside. */
export function resolveLang(setting: StoredSettings["language"], officeLanguage: string | undefined): Lang {
  if (setting === "zh-CN" || setting === "en-US") return setting;
  return (officeLanguage ?? "zh-CN").toLowerCase().startsWith("zh") ? "zh-CN" : "en-US";
}
