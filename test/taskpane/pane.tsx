import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, fireEvent, render, screen } from "@testing-library/react";
import type { AddinState, ApplyResult, Host, HostCapabilities, WritePlan } from "../../src/app/host";
import { EMPTY_STATE } from "../../src/app/host";
import { FILE_HOST_CAPABILITIES } from "../../src/hosts/file/capabilities";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { templateSnapshot, type TemplateData } from "../../src/core/template-layout";
import { App } from "../../src/taskpane/App";
import type { DownloadFile, PaneHosts } from "../../src/taskpane/choose-host";
import { TAOJIANG_KEGONGJU_2022 as SAMPLE } from "../../samples/taojiang-kegongju-2022";

/**
 * The pane as the browser mode runs it, over a Host that serves a snapshot built from the
 * template (as every core test does): jsdom has no exceljs, the e2e test covers real files.
 */

// A check of the sample takes a moment on a busy machine: wait for it rather than fail.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(60_000);

export interface RecordingHost extends Host {
  applied: WritePlan[];
}

export function snapshotHost(
  read: () => Promise<WorkbookSnapshot>,
  capabilities: HostCapabilities = FILE_HOST_CAPABILITIES,
): RecordingHost {
  let state: AddinState = EMPTY_STATE;
  const applied: WritePlan[] = [];
  return {
    kind: "file",
    capabilities,
    applied,
    readSnapshot: read,
    async apply(plan): Promise<ApplyResult> {
      applied.push(plan);
      return {};
    },
    async goTo() {},
    async loadState() {
      return state;
    },
    async saveState(next) {
      state = next;
    },
  };
}

/** The sample department (桃江县科工局 2022), changed as a test needs. */
export function sample(change?: (data: TemplateData) => void): WorkbookSnapshot {
  const data = JSON.parse(JSON.stringify(SAMPLE)) as TemplateData;
  change?.(data);
  return templateSnapshot(data, "given");
}

export interface Rendered {
  host: RecordingHost;
  saved: AddinState[];
  downloads: DownloadFile[];
}

export function renderPane(host: RecordingHost, initial: AddinState = EMPTY_STATE): Rendered {
  const saved: AddinState[] = [];
  const downloads: DownloadFile[] = [];
  const hosts: PaneHosts = {
    mode: "browser",
    openFile: async () => host,
    blankTemplate: async () => ({ name: "决算模板.xlsx", mime: "application/octet-stream", bytes: new Uint8Array(1) }),
    loadState: async () => initial,
    saveState: async (state) => {
      saved.push(state);
    },
  };
  renderApp(hosts, (file) => downloads.push(file));
  return { host, saved, downloads };
}

/** Opens "the file" through the file input, as a user does. */
export function openFile(name = "桃江县科工局2022.xlsx"): void {
  const input = screen.getByLabelText("打开 .xlsx");
  fireEvent.change(input, { target: { files: [new File(["xlsx"], name)] } });
}

/** The pane over these hosts, in Chinese, on a fixed day; `save` receives the downloads. */
export function renderApp(hosts: PaneHosts, save: (file: DownloadFile) => void = () => undefined): void {
  const env = {
    save,
    rasterise: () => new Uint8Array(0),
    officeLanguage: "zh-CN",
    today: () => new Date("2023-03-01T00:00:00Z"),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <App hosts={hosts} env={env} />
    </FluentProvider>,
  );
}
