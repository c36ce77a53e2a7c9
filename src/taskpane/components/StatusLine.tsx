import * as React from "react";
import { Badge } from "@fluentui/react-components";
import type { Verdict } from "../../app/verdict";
import type { Lang } from "../../core/i18n";
import { say } from "../strings";

const COLOR = {
  none: "informative",
  ready: "success",
  fix: "danger",
  uncalculated: "danger",
  missing: "warning",
  unscored: "warning",
  explain: "warning",
} as const;

function words(v: Verdict | undefined, lang: Lang): string {
  if (!v) return say(lang, "statusNone");
  switch (v.kind) {
    case "ready":
      return say(lang, "statusReady");
    case "fix":
      return say(lang, "statusFix", { error: v.error, warning: v.warning });
    case "uncalculated":
      return say(lang, "statusUncalculated", { count: v.count });
    case "missing":
      return say(lang, "statusMissing", { sheets: v.sheets.join(lang === "zh-CN" ? "、" : ", ") });
    case "unscored":
      return say(lang, "statusUnscored", { points: v.points, unscored: v.unscored });
    case "explain":
      return say(lang, "statusExplain", { warning: v.warning });
  }
}

/** 可以提交 / 需修改 / 未校验 in words; the colour only repeats them. */
export const StatusLine: React.FC<{ verdict?: Verdict; lang: Lang }> = ({ verdict, lang }) => (
  <div role="status" aria-live="polite">
    <Badge
      appearance="tint"
      shape="rounded"
      color={COLOR[verdict?.kind ?? "none"]}
      style={{ whiteSpace: "normal", height: "auto" }}
    >
      {words(verdict, lang)}
    </Badge>
  </div>
);
