import * as React from "react";
import { Badge, Body1, Spinner, Title2, makeStyles, tokens } from "@fluentui/react-components";
import type { RunMode } from "./office-host";

export interface AppProps {
  /** Undefined while office.js is still finding out where the pane runs. */
  mode: RunMode | undefined;
}

const MODE_LABELS: Record<RunMode, string> = {
  excel: "在 Excel 中运行",
  browser: "浏览器模式",
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
  },
  mode: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground2,
  },
});

export const App: React.FC<AppProps> = ({ mode }) => {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" alt="" width={32} height={32} />
        <Title2 as="h1" className={styles.title}>
          绩效自评助手
        </Title2>
      </header>
      <Body1>校验部门决算工作簿，计算绩效指标，生成绩效评价报告。</Body1>
      <div className={styles.mode} role="status">
        <Body1>运行模式</Body1>
        {mode ? (
          <Badge appearance="tint" color={mode === "excel" ? "brand" : "informative"}>
            {MODE_LABELS[mode]}
          </Badge>
        ) : (
          <Spinner size="extra-tiny" label="正在检测…" />
        )}
      </div>
    </main>
  );
};
