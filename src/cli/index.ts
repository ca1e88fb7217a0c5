/**
 * The command line over core: `npm run cli -- parse FILE|FOLDER [--json]`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseReportFile } from '../core/import/parse-report-file';
import { reportFormatOf } from '../core/import/report-format';
import type { ParseResult } from '../core/report/report';
import { parseArgs, UsageError, USAGE, type CliCommand } from './args';
import { pdfReadOptions } from './pdf-read-options';
import { parseResultJson } from './report-json';
import { reportSummary } from './report-summary';

/** The first line of an error's message: the CLI reports errors in one line. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

async function parseFile(file: string): Promise<ParseResult> {
  return parseReportFile(new Uint8Array(readFileSync(file)), file, pdfReadOptions());
}

/** Report files under `folder`, recursively, sorted; hidden entries skipped. */
function reportFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && reportFormatOf(entry.name) !== null)
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !relative(folder, path).split(/[\\/]/u).some((part) => part.startsWith('.')))
    .sort();
}

/** Parses every report file of a folder, one line (or JSON object) each; 1 if any failed. */
async function runFolder(folder: string, json: boolean): Promise<number> {
  let failed = 0;
  const results: unknown[] = [];
  for (const file of reportFiles(folder)) {
    const name = relative(folder, file);
    try {
      const result = await parseFile(file);
      if (json) results.push(parseResultJson(name, result));
      else process.stdout.write(`${name}: ${result.reports.length} report(s): ${result.reports.map((r) => r.title).join(' | ')}\n`);
    } catch (error) {
      failed += 1;
      if (json) results.push({ file: name, error: oneLine(error) });
      else process.stdout.write(`${name}: failed: ${oneLine(error)}\n`);
    }
  }
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return failed > 0 ? 1 : 0;
}

/** Runs one command, printing to stdout; returns the exit code. */
async function run(command: CliCommand): Promise<number> {
  if (command.kind === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (statSync(command.file).isDirectory()) return runFolder(command.file, command.json);
  const result = await parseFile(command.file);
  const output = command.json ? JSON.stringify(parseResultJson(command.file, result), null, 2) : reportSummary(command.file, result);
  process.stdout.write(`${output}\n`);
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  let command: CliCommand;
  try {
    command = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`error: ${error.message} Run with --help for usage.\n`);
    return 2;
  }
  try {
    return await run(command);
  } catch (error) {
    process.stderr.write(`error: ${oneLine(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
