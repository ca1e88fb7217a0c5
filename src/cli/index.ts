/**
 * The command line over core: `npm run cli -- parse FILE [--json]`.
 */
import { readFileSync } from 'node:fs';
import { parseReportFile } from '../core/import/parse-report-file';
import { parseArgs, UsageError, USAGE, type CliCommand } from './args';
import { reportSummary } from './report-summary';

/** Runs one command, printing to stdout; returns the exit code. */
function run(command: CliCommand): number {
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const bytes = new Uint8Array(readFileSync(command.file));
  const result = parseReportFile(bytes, command.file);
  const output = command.json
    ? JSON.stringify({ file: command.file, encoding: result.encoding, reports: result.reports }, null, 2)
    : reportSummary(command.file, result);
  process.stdout.write(`${output}\n`);
  return 0;
}

/** The first line of an error's message: the CLI reports errors in one line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

function main(argv: readonly string[]): number {
  let command: CliCommand;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message} Run with --help for usage.\n`);
    return 2;
  }
  try {
    return run(command);
  } catch (error) {
    process.stderr.write(`error: ${oneLine(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
