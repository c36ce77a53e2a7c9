// Ribbon function commands: Office loads commands.html without showing it and calls these by name.
import { clearAddinMarks } from "../hosts/excel";

/**
 * 清除标记: removes the marks the add-in made, as recorded in the workbook. A function command
 * has no pane to speak in; a failure leaves the marks, which the pane's 清除标记 then explains.
 */
function clearMarks(event: Office.AddinCommands.Event): void {
  clearAddinMarks()
    .catch(() => undefined)
    .finally(() => event.completed());
}

void Office.onReady();
Office.actions.associate("clearMarks", clearMarks);
