/**
 * The check and the report composer: most of the pane's code, and nothing the pane needs to
 * show itself. `use-pane.ts` loads this chunk when the first check starts, so the pane's
 * initial JavaScript stays within its budget (webpack.config.js).
 */
export { composeOutputs, run } from "../app/pipeline";
