import * as React from "react";
import { EMPTY_STATE, HostError, type AddinState, type Host, type Mark, type StoredSettings } from "../app/host";
import { chartImages, reportSheetPlan, type ChartRasteriser } from "../app/outputs";
import type { RunOutcome, RunStep } from "../app/pipeline";
import { reconcileExplanations } from "../app/state";
import type { Finding } from "../core/findings";
import type { Lang, Localized } from "../core/i18n";
import type { DownloadFile, PaneHosts } from "./choose-host";
import { checkOptions, reportProfile, resolveLang } from "./settings";
import { say as sayIn, STRINGS, type StringKey } from "./strings";

/** The pane's state and every action on it: the components only render and call these. */

type Engine = typeof import("./engine");
let engineLoad: Promise<Engine> | undefined;
/** The check and the report composer, loaded once, when the first check starts. */
function loadEngine(): Promise<Engine> {
  engineLoad ??= import(/* webpackChunkName: "engine" */ "./engine");
  return engineLoad;
}

export type Phase = { kind: "idle" } | { kind: "running"; step: RunStep } | { kind: "done" } | { kind: "busy" };

export interface PaneError {
  message: Localized;
  details?: string;
}

/** A message after an action, kept as words to look up so it follows a language switch. */
export interface Notice {
  key: StringKey;
  params: Record<string, string>;
}

export interface PaneEnv {
  /** Offers a file to the user (browser: a download). */
  save(file: DownloadFile): void;
  /** Chart images for the sheet and the .docx (browser: SVG drawn on a canvas). */
  rasterise: ChartRasteriser;
  /** Office's (or the browser's) display language, for 跟随 Office. */
  officeLanguage?: string;
  today?: () => Date;
}

function paneError(e: unknown): PaneError {
  if (e instanceof HostError) return { message: e.userMessage, details: e.code };
  return { message: STRINGS.errorUnexpected, details: e instanceof Error ? e.message : String(e) };
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The marks for a check's findings: every finding with cells but the explained ones. None when
 * the settings turn marks off, so that the earlier marks go too.
 */
function marksOf(findings: readonly Finding[], state: AddinState): Mark[] {
  if (state.settings.marks === false) return [];
  const explained = new Set(state.explanations.map((x) => x.fingerprint));
  return findings
    .filter((f) => !explained.has(f.fingerprint) && f.cells.length > 0)
    .map((f) => ({ cells: f.cells, severity: f.severity }));
}

export function usePane(hosts: PaneHosts, env: PaneEnv) {
  const [host, setHost] = React.useState<Host | undefined>(hosts.host);
  const [fileName, setFileName] = React.useState<string>();
  const [phase, setPhase] = React.useState<Phase>({ kind: "idle" });
  const [outcome, setOutcome] = React.useState<RunOutcome>();
  /** Loaded by the first check: every outcome comes with it. */
  const [engine, setEngine] = React.useState<Engine>();
  /** Why the results shown are out of date: the workbook changed, or settings the check uses. */
  const [stale, setStale] = React.useState<"workbook" | "settings">();
  const [error, setError] = React.useState<PaneError>();
  const [notice, setNotice] = React.useState<Notice>();
  const [state, setShownState] = React.useState<AddinState>(EMPTY_STATE);
  /** The state as last set, ahead of the next render: two quick changes build on each other. */
  const latest = React.useRef<AddinState>(EMPTY_STATE);
  const setState = React.useCallback((next: AddinState) => {
    latest.current = next;
    setShownState(next);
  }, []);
  /** Notes of explanations dropped by the last check, their findings gone. */
  const [dropped, setDropped] = React.useState<Localized[]>([]);
  /** 插入摘要 is waiting for the user to say whether the selected cell may be overwritten. */
  const [confirmOverwrite, setConfirmOverwrite] = React.useState(false);
  /** Saves under way, one after the other: a check reads the state only once they are in. */
  const saving = React.useRef<Promise<unknown>>(Promise.resolve());
  /** How many of those writes are not done yet. */
  const writing = React.useRef(0);
  const lang: Lang = resolveLang(state.settings.language, env.officeLanguage);
  const noticeOf = (key: StringKey, params: Record<string, string>): Notice => ({ key, params });
  // The report follows the pane's language, the 已说明 reasons and the report settings:
  // composed again (no new check) when one of them changes.
  const { flaggedMaterial, omitTodo, profile } = state.settings;
  const explanations = state.explanations;
  const shown = React.useMemo(() => {
    if (!outcome || !engine) return undefined;
    const sheetNames = outcome.snapshot.sheets.map((s) => s.name);
    const explained = Object.fromEntries(explanations.map((x) => [x.fingerprint, x.reason]));
    const report = engine.composeOutputs(outcome.result, sheetNames, lang, {
      explained,
      flaggedMaterial,
      omitTodo,
      profile: reportProfile({ profile }),
    });
    return { ...outcome, report };
  }, [outcome, engine, lang, explanations, flaggedMaterial, omitTodo, profile]);

  React.useEffect(() => {
    (host ?? hosts).loadState().then(setState, (e: unknown) => setError(paneError(e)));
  }, [host, hosts, setState]);

  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  React.useEffect(() => {
    if (!host?.onChanged) return undefined;
    return host.onChanged(() => setStale("workbook"));
  }, [host]);

  /**
   * Changes the state and keeps it in the workbook; with `remark`, the marks follow it (an
   * explained warning is not marked). Each write starts when the one before is done: two
   * writes under way at once could land in either order and keep the older state.
   */
  const store = React.useCallback(
    (change: (current: AddinState) => AddinState, remark = false) => {
      const next = change(latest.current);
      setState(next);
      const target = host ?? hosts;
      const findings = outcome?.result.findings;
      const write = async (): Promise<void> => {
        await target.saveState(next);
        if (remark && host?.capabilities.marks && findings) await host.apply({ marks: marksOf(findings, next) });
      };
      // At once when no write is under way (the workbook has it without waiting a turn).
      const started = writing.current === 0 ? write() : saving.current.then(write);
      writing.current += 1;
      saving.current = started
        .catch((e: unknown) => setError(paneError(e)))
        .finally(() => {
          writing.current -= 1;
        });
    },
    [host, hosts, outcome, setState],
  );

  const check = React.useCallback(
    async (target: Host | undefined = host) => {
      if (!target) return;
      setError(undefined);
      setNotice(undefined);
      setConfirmOverwrite(false);
      try {
        // The state as the workbook holds it now (the ribbon may have cleared the marks).
        await saving.current;
        const current = await target.loadState();
        const options = checkOptions(current.settings);
        const loaded = await loadEngine();
        setEngine(loaded);
        const result = await loaded.run(target, {
          ...options,
          lang,
          onStep: (step) => setPhase({ kind: "running", step }),
        });
        const reconciled = reconcileExplanations(result.result.findings, current.explanations);
        const next = { ...current, explanations: reconciled.kept };
        setState(next);
        setDropped(reconciled.dropped.map((d) => d.note));
        setOutcome(result);
        setStale(undefined);
        setPhase({ kind: "done" });
        if (target.capabilities.marks) await target.apply({ marks: marksOf(result.result.findings, next) });
        if (reconciled.dropped.length > 0) await target.saveState(next);
      } catch (e) {
        setPhase({ kind: outcome ? "done" : "idle" });
        setError(paneError(e));
      }
    },
    [host, lang, outcome, setState],
  );

  const openFile = React.useCallback(
    async (file: File) => {
      if (!hosts.openFile) return;
      setError(undefined);
      setPhase({ kind: "running", step: "read" });
      try {
        const opened = await hosts.openFile(file);
        setHost(opened);
        setFileName(file.name);
        setOutcome(undefined);
        await check(opened);
      } catch (e) {
        setPhase({ kind: "idle" });
        setError(paneError(e));
      }
    },
    [check, hosts],
  );

  /** Runs a write or download, with the pane marked busy and its failure shown. */
  const act = React.useCallback(async (action: () => Promise<Notice | undefined>) => {
    setError(undefined);
    setNotice(undefined);
    setPhase({ kind: "busy" });
    try {
      setNotice(await action());
    } catch (e) {
      setError(paneError(e));
    } finally {
      setPhase({ kind: "done" });
    }
  }, []);

  const downloadWorkbook = () =>
    act(async () => {
      if (!host || !shown) return undefined;
      const images = await chartImages(shown.report, env.rasterise);
      const applied = await host.apply(reportSheetPlan(host, shown.report, images));
      for (const file of applied.files ?? []) env.save(file);
      return applied.files?.[0] && noticeOf("downloaded", { name: applied.files[0].name });
    });

  const downloadWord = () =>
    act(async () => {
      if (!shown) return undefined;
      const { reportDocx, DOCX_MIME } = await import(/* webpackChunkName: "docx" */ "../app/docx");
      const images = await chartImages(shown.report, env.rasterise);
      const bytes = await reportDocx(shown.report, images, env.today?.() ?? new Date());
      const base = (fileName ?? "report").replace(/\.xlsx$/i, "");
      const name = `${base}-${shown.report.layout.sheetName}.docx`;
      env.save({ name, mime: DOCX_MIME, bytes });
      return noticeOf("downloaded", { name });
    });

  const writeReport = () =>
    act(async () => {
      if (!host || !shown) return undefined;
      const applied = await host.apply(reportSheetPlan(host, shown.report));
      const sheet = applied.reportSheetName ?? shown.report.layout.sheetName;
      if (host.capabilities.goTo) await host.goTo([`${sheet}!A1`]);
      return noticeOf("reportWritten", { sheet });
    });

  /** Writes the summary; a non-empty cell is overwritten only once the user has said so. */
  const insertSummary = (overwrite: boolean) =>
    act(async () => {
      setConfirmOverwrite(false);
      if (!host || !shown) return undefined;
      const applied = await host.apply({ summary: { text: shown.report.doc.summary.text, overwrite } });
      if (applied.summaryNeedsConfirmation) {
        setConfirmOverwrite(true);
        return undefined;
      }
      return noticeOf("summaryInserted", {});
    });

  const clearMarks = () =>
    act(async () => {
      if (!host) return undefined;
      await host.apply({ marks: [] });
      return noticeOf("marksCleared", {});
    });

  const downloadTemplate = () =>
    act(async () => {
      const file = await hosts.blankTemplate?.();
      if (file) env.save(file);
      return file && noticeOf("downloaded", { name: file.name });
    });

  const explain = (f: Finding, reason: string) => {
    const date = isoDay(env.today?.() ?? new Date());
    store((current) => {
      const rest = current.explanations.filter((x) => x.fingerprint !== f.fingerprint);
      return { ...current, explanations: [...rest, { fingerprint: f.fingerprint, rule: f.rule, reason, date }] };
    }, true);
  };
  const unexplain = (f: Finding) =>
    store(
      (current) => ({
        ...current,
        explanations: current.explanations.filter((x) => x.fingerprint !== f.fingerprint),
      }),
      true,
    );
  const saveSettings = (settings: StoredSettings) => {
    const before = latest.current.settings;
    const checkChanged = (["tolerance", "thresholds", "profile"] as const).some(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(settings[key]),
    );
    if (checkChanged && shown) setStale((now) => now ?? "settings");
    store((current) => ({ ...current, settings }), before.marks !== settings.marks);
  };

  return {
    lang,
    host,
    fileName,
    phase,
    outcome: shown,
    stale,
    error,
    notice: notice && sayIn(lang, notice.key, notice.params),
    state,
    dropped,
    confirmOverwrite,
    cancelOverwrite: () => setConfirmOverwrite(false),
    dismissDropped: () => setDropped([]),
    dismissError: () => setError(undefined),
    check: () => check(),
    openFile,
    downloadWorkbook,
    downloadWord,
    writeReport,
    insertSummary,
    clearMarks,
    downloadTemplate,
    explain,
    unexplain,
    saveSettings,
    goTo: (cells: string[]) => host?.goTo(cells).catch((e: unknown) => setError(paneError(e))),
  };
}

export type Pane = ReturnType<typeof usePane>;
