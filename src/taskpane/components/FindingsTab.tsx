import * as React from "react";
import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDown16Regular, ChevronRight16Regular } from "@fluentui/react-icons";
import type { Explanation } from "../../app/host";
import type { Finding, Skipped } from "../../core/findings";
import type { Lang } from "../../core/i18n";
import type { Thresholds } from "../../core/settings";
import { say } from "../strings";
import { FindingItem } from "./FindingItem";
import { BARE_LIST } from "./list-styles";
import type { Group } from "./SeverityIcon";

const GROUPS: readonly Group[] = ["error", "warning", "info", "explained"];
/** Errors and warnings open, notes and explained ones folded, as the accountant reads them. */
const OPEN_AT_FIRST: Record<Group, boolean> = { error: true, warning: true, info: false, explained: false };
const WORKBOOK = "";

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  group: { marginTop: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  sheet: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
  },
  list: BARE_LIST,
  skipped: { marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
});

/** The sheet of a finding's first cell (`收支总表!D15` → 收支总表); workbook-wide when it has none. */
export function sheetOf(f: Finding): string {
  const first = f.cells[0];
  const bang = first?.lastIndexOf("!") ?? -1;
  return first && bang > 0 ? first.slice(0, bang) : WORKBOOK;
}

export interface FindingsTabProps {
  findings: readonly Finding[];
  skipped: readonly Skipped[];
  explanations: readonly Explanation[];
  lang: Lang;
  thresholds: Thresholds;
  canGoTo: boolean;
  onGoTo(cells: string[]): void;
  onExplain(finding: Finding, reason: string): void;
  onUnexplain(finding: Finding): void;
}

export const FindingsTab: React.FC<FindingsTabProps> = (props) => {
  const { lang } = props;
  const styles = useStyles();
  const [severity, setSeverity] = React.useState<Group | "all">("all");
  const [sheet, setSheet] = React.useState<string>("all");
  const [open, setOpen] = React.useState(OPEN_AT_FIRST);
  const byFingerprint = new Map(props.explanations.map((x) => [x.fingerprint, x]));
  const groupOf = (f: Finding): Group => (byFingerprint.has(f.fingerprint) ? "explained" : f.severity);
  const sheets = [...new Set(props.findings.map(sheetOf))];
  const shown = props.findings.filter(
    (f) => (severity === "all" || groupOf(f) === severity) && (sheet === "all" || sheetOf(f) === sheet),
  );
  const sheetName = (s: string) => (s === WORKBOOK ? say(lang, "workbookGroup") : s);

  if (props.findings.length === 0) return <p>{say(lang, "noFindings")}</p>;
  return (
    <div>
      <div className={styles.filters}>
        <Field label={say(lang, "filterSeverity")}>
          <Select value={severity} onChange={(_, d) => setSeverity(d.value as Group | "all")}>
            <option value="all">{say(lang, "allSeverities")}</option>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {say(lang, g)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={say(lang, "filterSheet")}>
          <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
            <option value="all">{say(lang, "allSheets")}</option>
            {sheets.map((s) => (
              <option key={s} value={s}>
                {sheetName(s)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {shown.length === 0 && <p>{say(lang, "noMatch")}</p>}
      {GROUPS.map((group) => {
        const members = shown.filter((f) => groupOf(f) === group);
        if (members.length === 0) return null;
        const isOpen = open[group] || severity === group;
        const bySheet = new Map<string, Finding[]>();
        for (const f of members) bySheet.set(sheetOf(f), [...(bySheet.get(sheetOf(f)) ?? []), f]);
        return (
          <section key={group} className={styles.group} aria-label={say(lang, group)}>
            <h2 className={styles.heading}>
              <Button
                appearance="transparent"
                icon={isOpen ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
                aria-expanded={isOpen}
                onClick={() => setOpen({ ...open, [group]: !isOpen })}
              >
                {`${say(lang, group)} (${members.length})`}
              </Button>
            </h2>
            {isOpen &&
              [...bySheet].map(([s, list]) => (
                <div key={s}>
                  <h3 className={styles.sheet}>{sheetName(s)}</h3>
                  <ul className={styles.list}>
                    {list.map((f, i) => (
                      <FindingItem
                        key={`${f.fingerprint}#${i}`}
                        finding={f}
                        lang={lang}
                        thresholds={props.thresholds}
                        explanation={byFingerprint.get(f.fingerprint)}
                        canGoTo={props.canGoTo}
                        onGoTo={props.onGoTo}
                        onExplain={props.onExplain}
                        onUnexplain={props.onUnexplain}
                      />
                    ))}
                  </ul>
                </div>
              ))}
          </section>
        );
      })}
      {props.skipped.length > 0 && (
        <details className={styles.skipped}>
          <summary>{say(lang, "skipped", { count: props.skipped.length })}</summary>
          <ul>
            {props.skipped.map((s, i) => (
              <li key={`${s.rule}-${i}`}>{`${s.rule}: ${s.reason[lang]}`}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
};
