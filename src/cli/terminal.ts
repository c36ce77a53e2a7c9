/**
 * Text from cells and file names goes to a terminal: control characters there could move the
 * cursor, recolour or clear the screen (ESC sequences), overwrite a line (CR), and bidi
 * overrides could show a cell's text reversed. They are written escaped (`\u202e`), visible,
 * and in JSON output the escape means the same character.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeForTerminal(s: string): string {
  return s.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
