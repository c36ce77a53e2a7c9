import { installFakeOffice, type FakeOptions } from "./index";
import { workbookFromJson, type FakeWorkbookJson } from "./serial";

/**
 * Entry point for a page: bundled and run before the pane's own scripts, it installs the
 * fake on `window` from `window.__JIXIAO_FAKE_WORKBOOK__` (and `__JIXIAO_FAKE_OPTIONS__`)
 * and leaves the handle on `window.__fakeOffice` for the test to inspect. The page's own
 * office.js must not load over it: the test answers that request with an empty script.
 */
const page = globalThis as unknown as Record<string, unknown>;
const json = page.__JIXIAO_FAKE_WORKBOOK__ as FakeWorkbookJson | undefined;
if (json) {
  const options = page.__JIXIAO_FAKE_OPTIONS__ as Partial<FakeOptions> | undefined;
  page.__fakeOffice = installFakeOffice(page, workbookFromJson(json), options);
}
