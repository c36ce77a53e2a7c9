// Ribbon function commands: Office loads commands.html without showing it and calls these by name.

/** 清除标记. A placeholder until the Excel host can remove the marks it created. */
function clearMarks(event: Office.AddinCommands.Event): void {
  event.completed();
}

Office.onReady();
Office.actions.associate("clearMarks", clearMarks);
