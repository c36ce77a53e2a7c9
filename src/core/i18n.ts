/** Everything a user reads exists in zh-CN first and en-US second. */
export type Lang = "zh-CN" | "en-US";
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

export interface Localized {
  "zh-CN": string;
  "en-US": string;
}

export function text(zh: string, en: string): Localized {
  return { "zh-CN": zh, "en-US": en };
}

/** Fills `{name}` placeholders from params; unknown placeholders stay visible. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function fillLocalized(t: Localized, params: Record<string, string | number>): Localized {
  return { "zh-CN": fill(t["zh-CN"], params), "en-US": fill(t["en-US"], params) };
}

export function isLang(s: string): s is Lang {
  return (LANGS as readonly string[]).includes(s);
}
