import { describe, expect, it } from 'vitest';
import { scanVerdict, verdictReport, type AllowedFinding, type Finding } from './scan-verdict';

/** A finding with defaults for what a test does not care about. */
function finding(overrides: Partial<Finding>): Finding {
  return { check: 'SOME_CHECK', severity: 'MEDIUM', file: 'main/a.ts', line: 1, code: '', description: 'described', ...overrides };
}

const windowFinding = finding({
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  severity: 'HIGH',
  file: 'main/index.ts',
  line: 83,
  code: 'const window = new BrowserWindow(mainWindowOptions(paths.preloadPath));',
});
const windowAllowed: AllowedFinding = {
  check: 'CONTEXT_ISOLATION_JS_CHECK',
  file: 'main/index.ts',
  code: 'new BrowserWindow(mainWindowOptions(',
  reason: 'options come from mainWindowOptions()',
};

describe('scanVerdict', () => {
  it('counts every finding by severity', () => {
    const verdict = scanVerdict(
      [finding({ severity: 'MEDIUM' }), finding({ severity: 'MEDIUM' }), finding({ severity: 'LOW' }), finding({ severity: 'INFORMATIONAL' })],
      [],
      [],
    );
    expect(verdict.counts).toEqual({ HIGH: 0, MEDIUM: 2, LOW: 1, INFORMATIONAL: 1 });
    expect(verdict.passed).toBe(true);
  });

  it('passes a high finding the allowed list explains', () => {
    const verdict = scanVerdict([windowFinding, finding({})], [], [windowAllowed]);
    expect(verdict.counts.HIGH).toBe(1);
    expect(verdict.explained).toEqual([{ finding: windowFinding, allowed: windowAllowed }]);
    expect(verdict.unexplained).toEqual([]);
    expect(verdict.passed).toBe(true);
  });

  it.each([
    ['another check', { check: 'NODE_INTEGRATION_JS_CHECK' }],
    ['another file', { file: 'main/other.ts' }],
    ['another line of code', { code: 'new BrowserWindow({ webPreferences: { contextIsolation: false } })' }],
  ])('fails a high finding in %s than the entry names', (_name, change) => {
    const other = { ...windowFinding, ...change };
    const verdict = scanVerdict([windowFinding, other], [], [windowAllowed]);
    expect(verdict.unexplained).toEqual([other]);
    expect(verdict.passed).toBe(false);
  });

  it('fails a stale entry that matches nothing', () => {
    const verdict = scanVerdict([finding({})], [], [windowAllowed]);
    expect(verdict.stale).toEqual([windowAllowed]);
    expect(verdict.passed).toBe(false);
  });

  it('fails when a file could not be scanned', () => {
    const verdict = scanVerdict([], [{ file: 'main/x.ts', message: 'Unexpected token' }], []);
    expect(verdict.passed).toBe(false);
  });

  it('never needs an entry for findings below high', () => {
    const verdict = scanVerdict([finding({ severity: 'MEDIUM', check: 'OPEN_EXTERNAL_JS_CHECK' })], [], []);
    expect(verdict.passed).toBe(true);
  });
});

describe('verdictReport', () => {
  it('is one summary line, then a line per explained high finding, then one per finding below high', () => {
    const report = verdictReport(scanVerdict([windowFinding, finding({}), finding({ severity: 'LOW', check: 'OTHER_CHECK', line: 7 })], [], [windowAllowed]), 'src (Electron 45.4.1)');
    expect(report).toEqual([
      'passed: src (Electron 45.4.1): 1 high (1 explained), 1 medium, 1 low, 0 informational',
      '  allowed CONTEXT_ISOLATION_JS_CHECK at main/index.ts:83: options come from mainWindowOptions()',
      '  medium SOME_CHECK at main/a.ts:1',
      '  low OTHER_CHECK at main/a.ts:7',
    ]);
  });

  it('names each problem that failed the scan', () => {
    const whole = finding({ check: 'LIMIT_NAVIGATION_GLOBAL_CHECK', severity: 'HIGH', file: 'N/A', line: 0, description: 'no navigation limits' });
    const report = verdictReport(scanVerdict([whole], [{ file: 'main/x.ts', message: 'Unexpected token' }], [windowAllowed]), 'src');
    expect(report[0]).toBe('FAILED: src: 1 high (0 explained), 0 medium, 0 low, 0 informational');
    expect(report.slice(1)).toEqual([
      expect.stringMatching(/^ {2}UNEXPLAINED LIMIT_NAVIGATION_GLOBAL_CHECK at the app as a whole: no navigation limits/),
      expect.stringMatching(/^ {2}STALE allowed entry CONTEXT_ISOLATION_JS_CHECK in main\/index\.ts/),
      '  UNSCANNED main/x.ts: Unexpected token',
    ]);
  });
});
