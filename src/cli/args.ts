/**
 * The command line's arguments, read into a command. Kept apart from
 * index.ts so it can be tested without running anything.
 */

/** What the user asked for. */
export type CliCommand = { kind: 'help' } | { kind: 'parse'; file: string; json: boolean };

/** Wrong arguments: the CLI prints the message and exits with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The text `--help` prints. */
export const USAGE = `Usage: npm run cli -- parse FILE|FOLDER [--json]

Commands:
  parse FILE    Parse a report file (.txt, .md, .docx, .html, .htm, .pdf) and
                summarise it: title, place, year, paragraphs and headings.
  parse FOLDER  Parse every report file in a folder and its subfolders, one
                line each: reports found, or why the file failed.

Options:
  --json        Print JSON instead: for a file { file, encoding, compilation,
                reports, hidden, warnings }; for a folder, one such object per
                file (or { file, error }).
  -h, --help    Show this help.

Exit codes: 0 done, 1 a file could not be read or parsed, 2 usage error.`;

/**
 * Reads the arguments after the script name. `--help` or `-h` anywhere asks
 * for help, as does no argument at all; `--` ends the options, so a file
 * named `--json` can still be given after it. Throws a UsageError for an
 * unknown command or option, a missing file, or more than one file.
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (argv.length === 0 || options.includes('--help') || options.includes('-h')) return { kind: 'help' };

  let json = false;
  const positional: string[] = [];
  argv.forEach((arg, i) => {
    const isOption = i < options.length && arg.startsWith('-') && arg !== '-';
    if (arg === '--' && i === options.length) return;
    if (!isOption) positional.push(arg);
    else if (arg === '--json') json = true;
    else throw new UsageError(`Unknown option ${arg}.`);
  });

  const [command, ...files] = positional;
  if (command !== 'parse') {
    throw new UsageError(command === undefined ? 'No command given.' : `Unknown command "${command}".`);
  }
  const [file, ...extra] = files;
  if (file === undefined) throw new UsageError('parse needs a FILE.');
  if (extra.length > 0) throw new UsageError(`parse takes one FILE, but was given ${files.length}.`);
  return { kind: 'parse', file, json };
}
