import { isMainThread } from "node:worker_threads";
import { fillLocalized, type Lang } from "../core/i18n";
import { BIN, commandHelp, detectLang, generalHelp, parseCommand } from "./args";
import { CliError, EXIT_FAILURE, EXIT_OK, type CliIO, type Command } from "./command";
import { batchCommand } from "./commands/batch";
import { checkCommand } from "./commands/check";
import { checkTextCommand } from "./commands/check-text";
import { sampleCommand, templateCommand } from "./commands/files";
import { MSG, say } from "./messages";
import { escapeForTerminal } from "./terminal";
import { TOOL } from "./version";

/**
 * The command line (cli.md). `main` takes the arguments and the output streams and returns
 * the exit code, so tests run it in-process; every failure becomes one line on stderr.
 */

export const COMMANDS: readonly Command[] = [
  checkCommand,
  checkTextCommand,
  batchCommand,
  templateCommand,
  sampleCommand,
];

/** The one line for an error, in the chosen language. */
function errorLine(e: unknown, lang: Lang): string {
  if (e instanceof CliError) return e.localized[lang];
  const message = e instanceof Error ? e.message : String(e);
  return say(MSG.internalError, lang, { message: message.split("\n")[0] });
}

/** `--lang en-US check a.xlsx` → `check a.xlsx --lang en-US`: the command parser reads it. */
function langAfterCommand(argv: readonly string[]): readonly string[] {
  if (argv[0] === "--lang") return [...argv.slice(2), ...argv.slice(0, 2)];
  if (argv[0]?.startsWith("--lang=")) return [...argv.slice(1), argv[0]];
  return argv;
}

async function dispatch(argv: readonly string[], io: CliIO, lang: Lang): Promise<number> {
  const [first, ...rest] = langAfterCommand(argv);
  if (first === undefined) throw new CliError(fillLocalized(MSG.missingCommand, { bin: BIN }));
  if (first === "--help" || first === "-h") {
    io.stdout(generalHelp(COMMANDS, TOOL.version, lang));
    return EXIT_OK;
  }
  if (first === "--version" || first === "-v") {
    io.stdout(`${TOOL.version}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) throw new CliError(fillLocalized(MSG.unknownCommand, { name: first, bin: BIN }));
  const parsed = parseCommand(command, rest);
  if (parsed.help) {
    io.stdout(commandHelp(command, parsed.lang));
    return EXIT_OK;
  }
  return command.run({ positionals: parsed.positionals, values: parsed.values, lang: parsed.lang, io });
}

export async function main(argv: readonly string[], rawIO: CliIO): Promise<number> {
  const lang = detectLang(argv);
  const io: CliIO = {
    ...rawIO,
    stdout: (text) => rawIO.stdout(escapeForTerminal(text)),
    stderr: (text) => rawIO.stderr(escapeForTerminal(text)),
  };
  try {
    return await dispatch(argv, io, lang);
  } catch (e) {
    io.stderr(`${errorLine(e, lang)}\n`);
    if (io.debug && e instanceof Error && !(e instanceof CliError) && e.stack) io.stderr(`${e.stack}\n`);
    return EXIT_FAILURE;
  }
}

let pipeGuarded = false;

/**
 * `jixiao check a.xlsx | head`: once the reader has gone, further output has nowhere to go.
 * Stop quietly instead of dying on EPIPE with a stack trace.
 */
function guardClosedPipes(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code !== "EPIPE") throw e;
      process.exit(process.exitCode ?? EXIT_OK);
    });
  }
}

export function nodeIO(): CliIO {
  guardClosedPipes();
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    debug: Boolean(process.env.JIXIAO_DEBUG),
  };
}

/** Runs the command line on this process's arguments and sets its exit code. */
export function run(): void {
  main(process.argv.slice(2), nodeIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${errorLine(e, "zh-CN")}\n`);
      process.exitCode = EXIT_FAILURE;
    },
  );
}

// A batch worker thread loads this same module (the built command line is one file): it
// must not run the command line again.
if (require.main === module && isMainThread) run();
export { SAMPLE_FILE } from "../../samples";
