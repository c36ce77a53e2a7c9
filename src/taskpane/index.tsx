import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { detectRunMode, type RunMode } from "./office-host";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function render(mode: RunMode | undefined): void {
  root.render(
    <React.StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App mode={mode} />
      </FluentProvider>
    </React.StrictMode>,
  );
}

// Render at once so the pane is never blank, then again when office.js has reported the host.
render(undefined);
detectRunMode().then(render, () => render("browser"));
