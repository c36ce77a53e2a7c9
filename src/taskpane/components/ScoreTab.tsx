import * as React from "react";
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { formatIndicatorValue, indicatorName, isIndicatorId } from "../../core/indicators";
import { formatAmount } from "../../core/money";
import type { IndicatorResult, ScoreResult } from "../../core/result";
import { formatPoints, gradeText, scoreSummary } from "../../core/scoring";
import { say } from "../strings";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", tableLayout: "fixed" },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  number: { textAlign: "right", width: "34%" },
  formula: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  total: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

function nameOf(i: IndicatorResult, lang: Lang): string {
  return lang === "zh-CN" || !isIndicatorId(i.id) ? i.name : indicatorName(i.id)[lang];
}

export interface ScoreTabProps {
  indicators: readonly IndicatorResult[];
  score?: ScoreResult;
  lang: Lang;
}

/** 指标评分: the indicators with their formulas, the scored items, the total and grade, the unscored. */
export const ScoreTab: React.FC<ScoreTabProps> = ({ indicators, score, lang }) => {
  const styles = useStyles();
  return (
    <div>
      <h2 className={styles.heading}>{say(lang, "indicatorsHeading")}</h2>
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.cell}>{say(lang, "indicator")}</th>
            <th className={`${styles.cell} ${styles.number}`}>{say(lang, "value")}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((i) => (
            <tr key={i.id}>
              <td className={styles.cell}>
                <details>
                  <summary>{nameOf(i, lang)}</summary>
                  <div className={styles.formula}>{i.formula}</div>
                  {i.inputs.map((input) => (
                    <div
                      key={input.label}
                      className={styles.formula}
                    >{`${input.label} ${input.value} (${input.cell})`}</div>
                  ))}
                </details>
              </td>
              <td className={`${styles.cell} ${styles.number}`}>{formatIndicatorValue(i, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {score && (
        <>
          <h2 className={styles.heading}>{say(lang, "scoreHeading")}</h2>
          <div className={styles.total}>
            <strong>{`${say(lang, "total")} ${formatAmount(score.total)} / ${formatPoints(score.maxPoints)}`}</strong>
            <Badge
              appearance="filled"
              color={score.grade ? (score.grade === "差" ? "danger" : "success") : "subtle"}
              aria-label={say(lang, "grade")}
            >
              {score.grade ? gradeText(score.grade, lang) : say(lang, "noGrade")}
            </Badge>
          </div>
          <p className={styles.formula}>{scoreSummary(score, lang)}</p>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell}>{say(lang, "indicator")}</th>
                <th className={`${styles.cell} ${styles.number}`}>{say(lang, "points")}</th>
              </tr>
            </thead>
            <tbody>
              {score.items.map((item) => (
                <tr key={`${item.level2}-${item.name}`}>
                  <td className={styles.cell}>
                    {lang !== "zh-CN" && isIndicatorId(item.source) ? indicatorName(item.source)[lang] : item.name}
                  </td>
                  <td className={`${styles.cell} ${styles.number}`}>
                    {`${item.score === undefined ? say(lang, "notScored") : formatAmount(item.score)} / ${formatPoints(item.points)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {score.missing.length > 0 && (
            <>
              <h2 className={styles.heading}>{say(lang, "unscored", { count: score.missing.length })}</h2>
              <ul>
                {score.missing.map((m) => (
                  <li key={m.name}>{`${m.name}: ${m.reason[lang]}`}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
};
