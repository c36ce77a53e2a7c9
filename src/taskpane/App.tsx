import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Tab,
  TabList,
  Subtitle1,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular, Settings20Regular } from "@fluentui/react-icons";
import { verdict } from "../app/verdict";
import type { Lang } from "../core/i18n";
import type { PaneHosts } from "./choose-host";
import { FindingsTab } from "./components/FindingsTab";
import { OpenFile } from "./components/OpenFile";
import { ReportTab } from "./components/ReportTab";
import { RulesTab } from "./components/RulesTab";
import { ScoreTab } from "./components/ScoreTab";
import { SettingsPanel } from "./components/SettingsPanel";
import { StatusLine } from "./components/StatusLine";
import { TextTab } from "./components/TextTab";
import { checkSettings } from "./settings";
import { say } from "./strings";
import { usePane, type PaneEnv } from "./use-pane";

const TABS = ["findings", "score", "report", "text", "rules"] as const;
type TabName = (typeof TABS)[number];
const TAB_LABEL = {
  findings: "tabFindings",
  score: "tabScore",
  report: "tabReport",
  text: "tabText",
  rules: "tabRules",
} as const;
const STEP_LABEL = { read: "stepRead", check: "stepCheck", report: "stepReport" } as const;
const STEP_VALUE = { read: 0.2, check: 0.5, report: 0.8 } as const;

const useStyles = makeStyles({
  root: {
    display: "grid",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: "100%",
    boxSizing: "border-box",
    overflowX: "hidden",
  },
  header: { display: "grid", gap: tokens.spacingVerticalXS },
  titleRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  title: { margin: 0, flexGrow: 1 },
  dept: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  toolbar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  tabs: { flexWrap: "wrap" },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  details: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
});

/** The close button of a message bar. */
const DismissAction: React.FC<{ lang: Lang; onDismiss: () => void }> = ({ lang, onDismiss }) => (
  <MessageBarActions
    containerAction={
      <Button
        appearance="transparent"
        icon={<Dismiss16Regular />}
        aria-label={say(lang, "dismiss")}
        onClick={onDismiss}
      />
    }
  />
);

export interface AppProps {
  hosts: PaneHosts;
  env: PaneEnv;
}

export const App: React.FC<AppProps> = ({ hosts, env }) => {
  const styles = useStyles();
  const pane = usePane(hosts, env);
  const { lang, outcome, phase, host } = pane;
  const [tab, setTab] = React.useState<TabName>("findings");
  const [settingsOpen, setSettingsOpen] = React.useState(false);
  const running = phase.kind === "running" || phase.kind === "busy";
  const result = outcome?.result;
  const explained = new Set(pane.state.explanations.map((x) => x.fingerprint));
  const info = result?.model.info;
  const empty = result !== undefined && Object.keys(result.model.sheets).length === 0;
  const { thresholds, tolerance } = checkSettings(pane.state.settings);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <img src="assets/icon-32.png" alt="" width={24} height={24} />
          <Subtitle1 as="h1" className={styles.title}>
            {say(lang, "product")}
          </Subtitle1>
          <Button
            appearance="subtle"
            icon={<Settings20Regular />}
            aria-label={say(lang, "settings")}
            title={say(lang, "settings")}
            aria-expanded={settingsOpen}
            onClick={() => setSettingsOpen(!settingsOpen)}
          />
        </div>
        {result && (
          <Body1 className={styles.dept}>
            {info?.name
              ? say(lang, "deptYear", { name: info.name.value, year: info.year?.value ?? "—" })
              : say(lang, "unknownUnit")}
          </Body1>
        )}
        <StatusLine verdict={result && !empty ? verdict(result, explained) : undefined} lang={lang} />
      </header>

      {hosts.openFile && (
        <OpenFile lang={lang} disabled={running} fileName={pane.fileName} onFile={(f) => void pane.openFile(f)} />
      )}
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={!host || running} onClick={() => void pane.check()}>
          {say(lang, "check")}
        </Button>
        {host?.capabilities.marks && (
          <Button disabled={running} onClick={() => void pane.clearMarks()}>
            {say(lang, "clearMarks")}
          </Button>
        )}
      </div>
      {host?.capabilities.unavailable?.marks && !host.capabilities.marks && (
        <Caption1>{host.capabilities.unavailable.marks[lang]}</Caption1>
      )}

      {phase.kind === "running" && (
        <div role="status" aria-live="polite">
          <ProgressBar value={STEP_VALUE[phase.step]} aria-label={say(lang, "progress")} />
          <Caption1>{say(lang, STEP_LABEL[phase.step])}…</Caption1>
        </div>
      )}
      {pane.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{say(lang, pane.stale === "workbook" ? "stale" : "staleSettings")}</MessageBarBody>
        </MessageBar>
      )}
      {pane.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say(lang, "errorTitle")}</MessageBarTitle>
            {pane.error.message[lang]}
            {pane.error.details && (
              <details>
                <summary>{say(lang, "errorDetails")}</summary>
                <code className={styles.details}>{pane.error.details}</code>
              </details>
            )}
          </MessageBarBody>
          <DismissAction lang={lang} onDismiss={pane.dismissError} />
        </MessageBar>
      )}
      {pane.notice && <Body1 role="status">{pane.notice}</Body1>}
      {pane.dropped.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say(lang, "droppedTitle")}</MessageBarTitle>
            <ul className={styles.notes}>
              {pane.dropped.map((note, i) => (
                // Two dropped reasons may read alike: the position tells them apart.
                <li key={`${i}:${note["en-US"]}`}>{note[lang]}</li>
              ))}
            </ul>
          </MessageBarBody>
          <DismissAction lang={lang} onDismiss={pane.dismissDropped} />
        </MessageBar>
      )}

      {settingsOpen ? (
        <SettingsPanel
          settings={pane.state.settings}
          lang={lang}
          canMark={host?.capabilities.marks ?? false}
          marksUnavailable={host?.capabilities.unavailable?.marks?.[lang]}
          onChange={pane.saveSettings}
          onClose={() => setSettingsOpen(false)}
        />
      ) : !result ? (
        <section aria-label={say(lang, "product")}>
          <p>
            <Body1>{say(lang, "intro1")}</Body1>
          </p>
          <p>
            <Body1>{say(lang, "intro2")}</Body1>
          </p>
          {hosts.openFile && <Caption1>{say(lang, "browserMode")}</Caption1>}
        </section>
      ) : empty ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say(lang, "emptyTitle")}</MessageBarTitle>
            {say(lang, "emptyBody")}
          </MessageBarBody>
          {hosts.blankTemplate && (
            <MessageBarActions>
              <Button disabled={running} onClick={() => void pane.downloadTemplate()}>
                {say(lang, "downloadTemplate")}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      ) : (
        <section>
          <TabList
            className={styles.tabs}
            size="small"
            selectedValue={tab}
            onTabSelect={(_, d) => setTab(d.value as TabName)}
            aria-label={say(lang, "tabsLabel")}
          >
            {TABS.map((t) => (
              <Tab key={t} value={t}>
                {say(lang, TAB_LABEL[t])}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={say(lang, TAB_LABEL[tab])} style={{ paddingTop: tokens.spacingVerticalS }}>
            {tab === "findings" && (
              <FindingsTab
                findings={result.findings}
                skipped={result.skipped}
                explanations={pane.state.explanations}
                lang={lang}
                thresholds={thresholds}
                canGoTo={host?.capabilities.goTo ?? false}
                onGoTo={(cells) => void pane.goTo(cells)}
                onExplain={pane.explain}
                onUnexplain={pane.unexplain}
              />
            )}
            {tab === "score" && <ScoreTab indicators={result.indicators} score={result.score} lang={lang} />}
            {tab === "report" && host && outcome && (
              <ReportTab
                summary={outcome.report.doc.summary.text}
                sheetName={outcome.report.layout.sheetName}
                capabilities={host.capabilities}
                busy={running}
                lang={lang}
                onDownloadWorkbook={() => void pane.downloadWorkbook()}
                onDownloadWord={() => void pane.downloadWord()}
                onWriteReport={() => void pane.writeReport()}
                confirmOverwrite={pane.confirmOverwrite}
                onInsertSummary={(overwrite) => void pane.insertSummary(overwrite)}
                onCancelOverwrite={pane.cancelOverwrite}
              />
            )}
            {tab === "text" && <TextTab lang={lang} model={result.model} tolerance={tolerance} />}
            {tab === "rules" && <RulesTab lang={lang} thresholds={thresholds} />}
          </div>
        </section>
      )}
    </main>
  );
};
