"use strict";
// What the command line uses of exceljs: the workbook and its enums. `require("exceljs")`
// also loads the streaming reader and writer (unzipper, archiver and their dependencies),
// which the command line never uses and which took about half of its start-up. The CLI
// bundle resolves "exceljs" to this file (scripts/build-cli.js); the task pane and the tests
// use the package itself.
module.exports = {
  ...require("exceljs/lib/doc/enums"),
  Workbook: require("exceljs/lib/doc/workbook"),
};
