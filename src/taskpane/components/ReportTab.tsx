import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownload16Regular, DocumentText16Regular } from "@fluentui/react-icons";
import type { HostCapabilities } from "../../app/host";
import type { Lang } from "../../core/i18n";
import { say } from "../strings";

const useStyles = makeStyles({
  summary: {
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase400,
  },
  actions: { display: "grid", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  heading: { fontSize: tokens.fontSizeBase400, margin: `0 0 ${tokens.spacingVerticalXS}` },
});

export interface ReportTabProps {
  summary: string;
  sheetName: string;
  capabilities: HostCapabilities;
  busy: boolean;
  lang: Lang;
  onDownloadWorkbook(): void;
  onDownloadWord(): void;
  onWriteReport(): void;
  /** The selected cell holds something: 插入摘要 waits for 覆盖 or 取消. */
  confirmOverwrite: boolean;
  onInsertSummary(overwrite: boolean): void;
  onCancelOverwrite(): void;
}

/** 报告: the summary paragraph first, then what this host can do with the report. */
export const ReportTab: React.FC<ReportTabProps> = (props) => {
  const { lang, capabilities: can } = props;
  const styles = useStyles();
  const off = (action: "writeReportSheet" | "insertSummary") =>
    !can[action] && can.unavailable?.[action] && <p className={styles.hint}>{can.unavailable[action][lang]}</p>;
  return (
    <div>
      <h2 className={styles.heading}>{say(lang, "summaryPreview")}</h2>
      <p className={styles.summary}>{props.summary}</p>
      <div className={styles.actions}>
        {can.writeReportSheet && (
          <Button appearance="primary" disabled={props.busy} onClick={props.onWriteReport}>
            {say(lang, "writeReport")}
          </Button>
        )}
        {can.insertSummary && (
          <Button disabled={props.busy || props.confirmOverwrite} onClick={() => props.onInsertSummary(false)}>
            {say(lang, "insertSummary")}
          </Button>
        )}
        {props.confirmOverwrite && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{say(lang, "summaryOverwrite")}</MessageBarBody>
            <MessageBarActions>
              <Button disabled={props.busy} onClick={() => props.onInsertSummary(true)}>
                {say(lang, "overwrite")}
              </Button>
              <Button disabled={props.busy} onClick={props.onCancelOverwrite}>
                {say(lang, "cancel")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {off("writeReportSheet")}
        {off("insertSummary")}
        {can.download && (
          <Button
            appearance="primary"
            icon={<ArrowDownload16Regular />}
            disabled={props.busy}
            onClick={props.onDownloadWorkbook}
          >
            {say(lang, "downloadWorkbook")}
          </Button>
        )}
        <Button icon={<DocumentText16Regular />} disabled={props.busy} onClick={props.onDownloadWord}>
          {say(lang, "downloadWord")}
        </Button>
        {can.download && <p className={styles.hint}>{say(lang, "reportHint", { sheet: props.sheetName })}</p>}
      </div>
    </div>
  );
};
