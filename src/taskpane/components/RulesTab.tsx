import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { fill, type Lang } from "../../core/i18n";
import { RULES, type RuleFamily } from "../../core/rules/catalogue";
import type { Thresholds } from "../../core/settings";
import { say, type StringKey } from "../strings";
import { BARE_LIST, LIST_ROW } from "./list-styles";
import { SeverityIcon } from "./SeverityIcon";

/** The families in the order rules.md lists them. */
const FAMILIES: readonly [RuleFamily, StringKey][] = [
  ["基本平衡", "familyBalance"],
  ["表间", "familyCross"],
  ["核实性", "familyReasonableness"],
  ["数据质量", "familyDataQuality"],
  ["文字", "familyText"],
];

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  list: BARE_LIST,
  // The catalogue is long: its rows are denser than the findings'.
  item: { ...LIST_ROW, padding: `${tokens.spacingVerticalXS} 0` },
  title: { display: "flex", gap: tokens.spacingHorizontalXS },
  formula: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, marginLeft: "20px" },
});

export const RulesTab: React.FC<{ lang: Lang; thresholds: Thresholds }> = ({ lang, thresholds }) => {
  const styles = useStyles();
  return (
    <div>
      <p>{say(lang, "rulesIntro")}</p>
      {FAMILIES.map(([family, label]) => (
        <section key={family} aria-label={say(lang, label)}>
          <h2 className={styles.heading}>{say(lang, label)}</h2>
          <ul className={styles.list}>
            {RULES.filter((r) => r.family === family).map((r) => (
              <li key={r.id} className={styles.item}>
                <div className={styles.title}>
                  <SeverityIcon severity={r.severity} lang={lang} />
                  <span>{`${r.id} ${r.title[lang]}`}</span>
                </div>
                <div className={styles.formula}>{fill(r.formula[lang], { ...thresholds })}</div>
                {r.threshold && r.threshold in thresholds && (
                  <div className={styles.formula}>
                    {say(lang, "threshold", {
                      value: String(thresholds[r.threshold as keyof Thresholds]),
                    })}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
};
