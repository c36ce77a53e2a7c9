import type { Lang, Localized } from "../core/i18n";

/**
 * What a command of the command line is: its arguments and options (data, from which the
 * parser and the help are made) and what it does. Adding a command or an option is an entry
 * here and a few lines in its `run`.
 */

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Print the stack of an internal error as well (JIXIAO_DEBUG=1). */
  debug?: boolean;
}

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Shown in the help after the option: `--tolerance <n>`. */
  valueName?: string;
  help: Localized;
}

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  lang: Lang;
  io: CliIO;
}

export interface Command {
  name: string;
  /** Required positional arguments, as shown in the usage: `<workbook.xlsx>`. */
  args: string[];
  options: Record<string, OptionSpec>;
  summary: Localized;
  /** The command's own exit codes in its help, when they differ from the general ones. */
  exitCodes?: Localized;
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_FAILURE = 2;

/** Bad arguments or an unusable input: one line on stderr, exit 2. */
export class CliError extends Error {
  readonly localized: Localized;

  constructor(localized: Localized) {
    super(localized["zh-CN"]);
    this.name = "CliError";
    this.localized = localized;
  }
}

export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === "string" ? v : undefined;
}

export function flag(ctx: CommandContext, name: string): boolean {
  return ctx.values[name] === true;
}
