/**
 * `npm run test:security`: Doyensec's Electronegativity over src/, told the
 * Electron version the app is built with (read from node_modules/electron;
 * without it the tool assumes v0.1.0 and its insecure defaults). Writes the
 * SARIF report to a temporary file, prints one summary line with the findings
 * counted by severity and a line for each high finding explained by
 * scripts/electronegativity-allowed.ts, and exits non-zero on any high
 * finding not explained there, a stale explanation, or a file it could not
 * read. (The tool itself exits 0 whatever it finds.)
 *
 * It runs the tool through its documented programmatic entry rather than
 * the command line: version 1.10.3 writes no severity into its SARIF
 * (`level` is only note or warning), while the entry returns every finding
 * with its severity. Offline, the tool prints warnings that it could not
 * fetch its translations or Electron's release list; they are harmless.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ALLOWED_HIGH_FINDINGS } from './electronegativity-allowed';
import { SEVERITIES, scanVerdict, verdictReport, type Finding, type Severity, type UnscannedFile } from './scan-verdict';

/** The scanner's package, and the version to add where it is missing. */
const ENGINE = '@doyensec/electronegativity';
const ENGINE_VERSION = '1.10.3';

/** What the scanner's entry returns (only the fields read here). */
interface EngineResult {
  issues: {
    id: string;
    file: string;
    sample?: string;
    location?: { line: number };
    severity: { name: string };
    description: string;
  }[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

type RunEngine = (options: Record<string, unknown>) => Promise<EngineResult>;

const ROOT = resolve(import.meta.dirname, '..');
const INPUT = join(ROOT, 'src');

/** The scanner's entry, or null when the package is not installed. */
async function loadEngine(): Promise<RunEngine | null> {
  try {
    const module = (await import(ENGINE)) as { default: RunEngine };
    return module.default;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

function isSeverity(name: string): name is Severity {
  return (SEVERITIES as readonly string[]).includes(name);
}

/** A path the scanner gave (relative to src/ for findings, absolute for parse errors) as relative to src/ with `/` separators. */
function relativeToInput(file: string): string {
  return (isAbsolute(file) ? relative(INPUT, file) : file).split(sep).join('/');
}

const run = await loadEngine();
if (run === null) {
  console.error(
    `electronegativity: ${ENGINE} is not installed, so the sources were not scanned; ` +
      `add it with \`npm install --save-dev ${ENGINE}@${ENGINE_VERSION}\``,
  );
  process.exit(1);
}

const electronVersion = packageVersion('electron');
const sarif = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'src.sarif');
const result = await run({
  input: INPUT,
  output: sarif,
  isSarif: true,
  isRelative: true,
  isVerbose: false,
  customScan: [],
  excludeFromScan: [],
  parserPlugins: [],
  electronVersionOverride: electronVersion,
});

const findings: Finding[] = result.issues.map((issue) => {
  if (!isSeverity(issue.severity.name)) throw new RangeError(`electronegativity: unknown severity ${issue.severity.name} of ${issue.id}`);
  return {
    check: issue.id,
    severity: issue.severity.name,
    file: relativeToInput(issue.file),
    line: issue.location?.line ?? 0,
    code: issue.sample ?? '',
    description: issue.description,
  };
});
const unscanned: UnscannedFile[] = result.errors
  .filter((error) => !error.tolerable)
  .map((error) => ({ file: relativeToInput(error.file), message: error.message }));

const verdict = scanVerdict(findings, unscanned, ALLOWED_HIGH_FINDINGS);
const [summary, ...details] = verdictReport(verdict, `src/ with Electron ${electronVersion}`);
console.log(`electronegativity ${packageVersion(ENGINE)} ${summary}; SARIF in ${sarif}`);
for (const line of details) console.log(line);
process.exitCode = verdict.passed ? 0 : 1;
