import * as React from "react";
import { Button, Field, Link, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Explanation } from "../../app/host";
import type { Finding } from "../../core/findings";
import { fill, type Lang } from "../../core/i18n";
import { RULES } from "../../core/rules/catalogue";
import type { Thresholds } from "../../core/settings";
import { say } from "../strings";
import { LIST_ROW } from "./list-styles";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  item: LIST_ROW,
  line: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "flex-start", overflowWrap: "anywhere" },
  cells: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginLeft: "20px" },
  cellText: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  details: { margin: `${tokens.spacingVerticalXS} 0 0 20px`, display: "grid", gap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, marginLeft: "16px", flexWrap: "wrap" },
  form: { display: "grid", gap: tokens.spacingVerticalXS, marginLeft: "20px" },
  explained: { marginLeft: "20px", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export interface FindingItemProps {
  finding: Finding;
  lang: Lang;
  thresholds: Thresholds;
  explanation?: Explanation;
  /** Addresses are links when the host can select cells, text otherwise. */
  canGoTo: boolean;
  onGoTo(cells: string[]): void;
  onExplain(finding: Finding, reason: string): void;
  onUnexplain(finding: Finding): void;
}

function ruleFormula(rule: string, lang: Lang, thresholds: Thresholds): string | undefined {
  const formula = RULES.find((r) => r.id === rule)?.formula[lang];
  return formula && fill(formula, { ...thresholds });
}

/** How many sheets a finding's cells (`sheet!A1`) are on. */
function sheetsOf(cells: readonly string[]): number {
  return new Set(cells.map((c) => c.slice(0, c.lastIndexOf("!")))).size;
}

/** One finding: what, in words; its cells; the details folded; 标记已说明 for a warning. */
export const FindingItem: React.FC<FindingItemProps> = (props) => {
  const { finding: f, lang, explanation } = props;
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const [explaining, setExplaining] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const detailsId = React.useId();
  const formula = ruleFormula(f.rule, lang, props.thresholds);
  const hasNumbers = f.expected !== undefined || f.actual !== undefined;

  return (
    <li className={styles.item}>
      <div className={styles.line}>
        <SeverityIcon severity={explanation ? "explained" : f.severity} lang={lang} />
        <span>{f.message[lang]}</span>
      </div>
      {f.cells.length > 0 && (
        <div className={styles.cells}>
          {f.cells.map((cell) =>
            props.canGoTo ? (
              <Link
                key={cell}
                as="button"
                onClick={() => props.onGoTo([cell])}
                aria-label={say(lang, "goTo", { cell })}
              >
                {cell}
              </Link>
            ) : (
              <span key={cell} className={styles.cellText}>
                {cell}
              </span>
            ),
          )}
          {props.canGoTo && sheetsOf(f.cells) > 1 && (
            <Link
              as="button"
              onClick={() => props.onGoTo(f.cells)}
              aria-label={say(lang, "goToAll", { count: f.cells.length })}
            >
              {say(lang, "goToAllShort")}
            </Link>
          )}
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="transparent"
          size="small"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          {say(lang, open ? "collapse" : "expand")}
        </Button>
        {f.severity === "warning" && !explanation && !explaining && (
          <Button size="small" onClick={() => setExplaining(true)}>
            {say(lang, "markExplained")}
          </Button>
        )}
        {explanation && (
          <Button size="small" appearance="subtle" onClick={() => props.onUnexplain(f)}>
            {say(lang, "unexplain")}
          </Button>
        )}
      </div>
      {explanation && (
        <div className={styles.explained}>
          {say(lang, "explainedOn", { date: explanation.date, reason: explanation.reason })}
        </div>
      )}
      {explaining && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) return;
            props.onExplain(f, reason.trim());
            setExplaining(false);
            setReason("");
          }}
        >
          <Field label={say(lang, "reason")} required>
            <Textarea
              value={reason}
              placeholder={say(lang, "reasonHint")}
              onChange={(_, data) => setReason(data.value)}
              autoFocus
            />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" size="small" disabled={!reason.trim()}>
              {say(lang, "save")}
            </Button>
            <Button size="small" onClick={() => setExplaining(false)}>
              {say(lang, "cancel")}
            </Button>
          </div>
        </form>
      )}
      {open && (
        <dl id={detailsId} className={styles.details}>
          {formula && (
            <div>
              <dt className={styles.term}>{say(lang, "formula")}</dt>
              <dd style={{ margin: 0 }}>{formula}</dd>
            </div>
          )}
          {hasNumbers && (
            <div>
              <dt className={styles.term}>{say(lang, "expected")}</dt>
              <dd style={{ margin: 0 }}>
                {[
                  f.expected,
                  f.actual !== undefined && `${say(lang, "actual")} ${f.actual}`,
                  f.difference !== undefined && `${say(lang, "difference")} ${f.difference}`,
                  f.tolerance !== undefined && `(${say(lang, "toleranceShort")} ${f.tolerance})`,
                ]
                  .filter(Boolean)
                  .join("  ")}
              </dd>
            </div>
          )}
          <div>
            <dt className={styles.term}>{say(lang, "cells")}</dt>
            <dd style={{ margin: 0 }}>{f.cells.join(", ") || "—"}</dd>
          </div>
          {f.suggestion && (
            <div>
              <dt className={styles.term}>{say(lang, "suggestion")}</dt>
              <dd style={{ margin: 0 }}>{f.suggestion[lang]}</dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
};
