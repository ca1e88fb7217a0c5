/**
 * What a security scan of the sources comes to: its findings counted by
 * severity, each high finding either explained by an entry of the allowed
 * list (with the reason it does not apply) or not, allowed entries that no
 * longer match anything, and files the scanner could not read. The scan
 * passes only with no unexplained high finding, no stale allowed entry and
 * every file read. Pure, so it is tested without the scanner.
 */

/** Electronegativity's severities, highest first. */
export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'] as const;

/** One of {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/** One finding of the scanner, its file relative to the scanned folder with `/` separators. */
export interface Finding {
  check: string;
  severity: Severity;
  file: string;
  line: number;
  /** The source line the finding points at, trimmed; empty for findings about the whole app. */
  code: string;
  description: string;
}

/**
 * A high finding that is allowed, and why: it matches a finding of the same
 * check in the same file whose source line contains `code` (so it survives
 * lines moving, and allows nothing else in that file).
 */
export interface AllowedFinding {
  check: string;
  file: string;
  code: string;
  reason: string;
}

/** A file the scanner could not parse, so did not check. */
export interface UnscannedFile {
  file: string;
  message: string;
}

/** The outcome of one scan. */
export interface ScanVerdict {
  counts: Record<Severity, number>;
  explained: { finding: Finding; allowed: AllowedFinding }[];
  unexplained: Finding[];
  /** The findings below high, listed for the reader of the report; they do not fail the scan. */
  lower: Finding[];
  /** Allowed entries that matched no finding: stale, to be removed. */
  stale: AllowedFinding[];
  unscanned: UnscannedFile[];
  passed: boolean;
}

/**
 * Judges a scan: counts `findings` by severity, matches every high finding
 * against `allowed` (a finding matches an entry with its check, its file and
 * a line containing the entry's code), and fails on an unexplained high
 * finding, a stale entry or an unscanned file.
 */
export function scanVerdict(findings: readonly Finding[], unscanned: readonly UnscannedFile[], allowed: readonly AllowedFinding[]): ScanVerdict {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  const explained: ScanVerdict['explained'] = [];
  const unexplained: Finding[] = [];
  const lower: Finding[] = [];
  const used = new Set<AllowedFinding>();
  for (const finding of findings) {
    counts[finding.severity] += 1;
    if (finding.severity !== 'HIGH') {
      lower.push(finding);
      continue;
    }
    const entry = allowed.find((a) => a.check === finding.check && a.file === finding.file && finding.code.includes(a.code));
    if (entry === undefined) {
      unexplained.push(finding);
    } else {
      explained.push({ finding, allowed: entry });
      used.add(entry);
    }
  }
  const stale = allowed.filter((entry) => !used.has(entry));
  return {
    counts,
    explained,
    unexplained,
    lower,
    stale,
    unscanned: [...unscanned],
    passed: unexplained.length === 0 && stale.length === 0 && unscanned.length === 0,
  };
}

/**
 * The report of a verdict: first one summary line (`passed` or `FAILED`,
 * then the count of each severity, the high count saying how many are
 * explained), then one line per explained high finding with its reason,
 * one per problem that failed the scan, and one per finding below high.
 */
export function verdictReport(verdict: ScanVerdict, scanned: string): string[] {
  const counts = SEVERITIES.map((severity) => {
    const count = `${verdict.counts[severity]} ${severity.toLowerCase()}`;
    return severity === 'HIGH' ? `${count} (${verdict.explained.length} explained)` : count;
  });
  const where = (finding: Finding) => (finding.file === 'N/A' ? 'the app as a whole' : `${finding.file}:${finding.line}`);
  return [
    `${verdict.passed ? 'passed' : 'FAILED'}: ${scanned}: ${counts.join(', ')}`,
    ...verdict.explained.map(({ finding, allowed }) => `  allowed ${finding.check} at ${where(finding)}: ${allowed.reason}`),
    ...verdict.unexplained.map(
      (finding) => `  UNEXPLAINED ${finding.check} at ${where(finding)}: ${finding.description} [${finding.code}] (fix it, or add the reason it does not apply to the allowed list)`,
    ),
    ...verdict.stale.map((entry) => `  STALE allowed entry ${entry.check} in ${entry.file} [${entry.code}]: nothing matches it any more; remove it`),
    ...verdict.unscanned.map((file) => `  UNSCANNED ${file.file}: ${file.message}`),
    ...verdict.lower.map((finding) => `  ${finding.severity.toLowerCase()} ${finding.check} at ${where(finding)}`),
  ];
}
