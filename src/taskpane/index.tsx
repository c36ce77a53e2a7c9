import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { canvasChartPng } from "./chart-png";
import { chooseHosts } from "./choose-host";
import { saveFile } from "./download";
import { detectRunMode, type RunMode } from "./office-host";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function officeLanguage(mode: RunMode): string | undefined {
  if (mode === "excel" && typeof Office !== "undefined") return Office.context?.displayLanguage;
  return navigator.language;
}

function render(mode: RunMode | undefined): void {
  root.render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>
        {mode ? (
          <App
            hosts={chooseHosts(mode)}
            env={{ save: saveFile, rasterise: canvasChartPng, officeLanguage: officeLanguage(mode) }}
          />
        ) : (
          <Spinner size="small" label="绩效自评助手 · Loading" style={{ marginTop: 48 }} />
        )}
      </FluentProvider>
    </React.StrictMode>,
  );
}

// Render at once so the pane is never blank, then the pane once office.js has reported the host.
render(undefined);
detectRunMode().then(render, () => render("browser"));
