import { parseArgs } from "node:util";
import { fillLocalized, isLang, type Lang } from "../core/i18n";
import { CliError, type Command, type OptionSpec } from "./command";
import { MSG, say } from "./messages";

/** Argument parsing with node:util parseArgs, and the help made from the command table. */

export const BIN = "jixiao";

/** Options every command takes. */
export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  lang: { type: "string", valueName: "zh-CN|en-US", help: MSG.langOption },
  help: { type: "boolean", short: "h", help: MSG.helpOption },
};

/**
 * The language to speak before the arguments are parsed (so that even an argument error is
 * in the language asked for). An invalid value falls back to zh-CN; the parser reports it.
 */
export function detectLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice("--lang=".length) : undefined;
    if (value !== undefined) return isLang(value) ? value : "zh-CN";
  }
  return "zh-CN";
}

/** The option named in one of parseArgs' English messages (`Unknown option '--x'`). */
function optionIn(message: string): string {
  return /'(--?[^'\s]+)/.exec(message)?.[1] ?? message;
}

export interface ParsedCommand {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  lang: Lang;
  help: boolean;
}

/**
 * `--tolerance -1` as `--tolerance=-1`: parseArgs takes a value that starts with `-` for an
 * option and reports the value missing; the command then says what is wrong with `-1` itself.
 */
function joinNegativeValues(argv: readonly string[], specs: Record<string, OptionSpec>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.startsWith("--") ? a.slice(2) : undefined;
    const next = argv[i + 1];
    if (name && specs[name]?.type === "string" && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export function parseCommand(command: Command, argv: readonly string[]): ParsedCommand {
  const specs = { ...command.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, s.short ? { type: s.type, short: s.short } : { type: s.type }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, specs), options, allowPositionals: true, strict: true });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const message = err.message ?? String(e);
    const params = { option: optionIn(message), bin: BIN, command: command.name, detail: message };
    if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new CliError(fillLocalized(MSG.unknownOption, params));
    if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new CliError(fillLocalized(MSG.missingValue, params));
    throw new CliError(fillLocalized(MSG.badArguments, params));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = values.lang;
  if (typeof lang === "string" && !isLang(lang)) throw new CliError(fillLocalized(MSG.badLang, { value: lang }));
  const help = values.help === true;
  if (!help) checkPositionals(command, parsed.positionals);
  return {
    positionals: parsed.positionals,
    values,
    lang: typeof lang === "string" && isLang(lang) ? lang : "zh-CN",
    help,
  };
}

function checkPositionals(command: Command, positionals: string[]): void {
  const usage = usageLine(command);
  if (positionals.length < command.args.length) {
    throw new CliError(fillLocalized(MSG.missingPositional, { name: command.args[positionals.length], usage }));
  }
  if (positionals.length > command.args.length) {
    throw new CliError(fillLocalized(MSG.extraPositional, { value: positionals[command.args.length], usage }));
  }
}

function optionUsage(name: string, s: OptionSpec): string {
  return s.type === "string" ? `--${name} <${s.valueName ?? name}>` : `--${name}`;
}

export function usageLine(command: Command): string {
  const opts = Object.entries(command.options).map(([n, s]) => `[${optionUsage(n, s)}]`);
  return [BIN, command.name, ...command.args, ...opts, "[--lang zh-CN|en-US]"].join(" ");
}

function optionLines(specs: Record<string, OptionSpec>, lang: Lang): string[] {
  const rows = Object.entries(specs).map(([n, s]) => [
    (s.short ? `-${s.short}, ` : "    ") + optionUsage(n, s),
    s.help[lang],
  ]);
  const width = Math.max(...rows.map(([u]) => u.length));
  return rows.map(([u, h]) => `  ${u.padEnd(width)}  ${h}`);
}

export function commandHelp(command: Command, lang: Lang): string {
  return [
    `${command.summary[lang]}`,
    "",
    say(MSG.usageHeading, lang),
    `  ${usageLine(command)}`,
    "",
    say(MSG.optionsHeading, lang),
    ...optionLines({ ...command.options, ...COMMON_OPTIONS }, lang),
    "",
    say(command.exitCodes ?? MSG.exitCodes, lang),
    "",
  ].join("\n");
}

export function generalHelp(commands: readonly Command[], version: string, lang: Lang): string {
  const width = Math.max(...commands.map((c) => `${c.name} ${c.args.join(" ")}`.length));
  return [
    `${say(MSG.toolTitle, lang)} ${BIN} ${version}`,
    "",
    say(MSG.usageHeading, lang),
    ...commands.map((c) => `  ${BIN} ${`${c.name} ${c.args.join(" ")}`.padEnd(width)}  ${c.summary[lang]}`),
    `  ${BIN} --help | --version`,
    "",
    say(MSG.optionsHeading, lang),
    ...optionLines({ ...COMMON_OPTIONS, version: { type: "boolean", short: "v", help: MSG.versionOption } }, lang),
    "",
    say(MSG.commandHelp, lang, { bin: BIN }),
    say(MSG.exitCodes, lang),
    "",
  ].join("\n");
}
