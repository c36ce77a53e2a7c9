import * as React from "react";
import { tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/findings";
import type { Lang } from "../../core/i18n";
import { say } from "../strings";

export type Group = Severity | "explained";

const ICON = {
  error: { Icon: ErrorCircle16Filled, color: tokens.colorPaletteRedForeground1, label: "error" },
  warning: { Icon: Warning16Filled, color: tokens.colorPaletteDarkOrangeForeground1, label: "warning" },
  info: { Icon: Info16Filled, color: tokens.colorBrandForeground1, label: "info" },
  explained: { Icon: CheckmarkCircle16Filled, color: tokens.colorPaletteGreenForeground1, label: "explained" },
} as const;

/** The severity as an icon with its name for screen readers (colour is never the only cue). */
export const SeverityIcon: React.FC<{ severity: Group; lang: Lang }> = ({ severity, lang }) => {
  const { Icon, color, label } = ICON[severity];
  return <Icon role="img" aria-label={say(lang, label)} style={{ color, flexShrink: 0, marginTop: 2 }} />;
};
