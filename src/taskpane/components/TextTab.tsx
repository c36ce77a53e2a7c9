import * as React from "react";
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import type { DepartmentModel } from "../../core/model";
import type { Decimal } from "../../core/money";
import { checkText, type TextFinding } from "../../core/text";
import { say } from "../strings";
import { LIST_ROW } from "./list-styles";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", marginTop: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalM} 0 0`, padding: 0 },
  item: LIST_ROW,
  line: { display: "flex", gap: tokens.spacingHorizontalXS },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0 0 20px`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
  },
  wrong: { backgroundColor: tokens.colorPaletteRedBackground2, fontWeight: tokens.fontWeightSemibold },
  right: { marginLeft: tokens.spacingHorizontalXS, color: tokens.colorPaletteGreenForeground1 },
});

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** Where the wrong figure (the finding's `actual`) stands in the quoted sentence, if it can be found. */
export function wrongFigure(quote: string, actual: string | undefined): { start: number; end: number } | undefined {
  if (actual === undefined) return undefined;
  const target = Number(actual);
  for (const m of quote.matchAll(NUMBER)) {
    if (Number(m[0].replace(/,/g, "")) === target) return { start: m.index!, end: m.index! + m[0].length };
  }
  return undefined;
}

const Quote: React.FC<{ finding: TextFinding; lang: Lang }> = ({ finding: f, lang }) => {
  const styles = useStyles();
  const at = wrongFigure(f.where.quote, f.actual);
  const q = f.where.quote;
  return (
    <blockquote className={styles.quote} aria-label={say(lang, "paragraph", { n: f.where.paragraph })}>
      {at ? (
        <>
          {q.slice(0, at.start)}
          <mark className={styles.wrong}>{q.slice(at.start, at.end)}</mark>
          {f.expected !== undefined && (
            <span className={styles.right}>{`(${say(lang, "recomputed", { value: f.expected })})`}</span>
          )}
          {q.slice(at.end)}
        </>
      ) : (
        q
      )}
    </blockquote>
  );
};

export interface TextTabProps {
  lang: Lang;
  model?: DepartmentModel;
  tolerance?: Decimal;
}

/** 文数一致: a pasted text, or the workbook's 报告草稿, checked against itself and the workbook. */
export const TextTab: React.FC<TextTabProps> = ({ lang, model, tolerance }) => {
  const styles = useStyles();
  const [input, setInput] = React.useState("");
  const [findings, setFindings] = React.useState<TextFinding[]>();
  const draft = model?.draft ?? [];
  const runCheck = (source: string) => setFindings(checkText(source, { model, tolerance }).findings);

  return (
    <div>
      <Field label={say(lang, "pasteLabel")}>
        <Textarea
          value={input}
          rows={6}
          resize="vertical"
          placeholder={say(lang, "pastePlaceholder")}
          onChange={(_, d) => setInput(d.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!input.trim()} onClick={() => runCheck(input)}>
          {say(lang, "checkText")}
        </Button>
        {draft.length > 0 && (
          <Button
            onClick={() => {
              const text = draft.map((d) => d.value).join("\n\n");
              setInput(text);
              runCheck(text);
            }}
          >
            {say(lang, "useDraft")}
          </Button>
        )}
      </div>
      {findings && findings.length === 0 && <p role="status">{say(lang, "textClean")}</p>}
      {findings && findings.length > 0 && (
        <ul className={styles.list}>
          {findings.map((f) => (
            <li key={f.fingerprint} className={styles.item}>
              <div className={styles.line}>
                <SeverityIcon severity={f.severity} lang={lang} />
                <span>{f.message[lang]}</span>
              </div>
              <Quote finding={f} lang={lang} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
