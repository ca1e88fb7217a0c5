/**
 * The acceptance smoke test: the five real seed files in ../shared/seeds
 * (beside the project, never copied into it) parse without throwing, each to
 * a titled report with some paragraphs. Skipped where the seeds are absent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReportFile } from './parse-report-file';

/** The project root: the nearest folder above this file holding package.json. */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('No package.json above the seed test.');
    dir = parent;
  }
  return dir;
}

const SEEDS = resolve(projectRoot(), '../shared/seeds');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort() : [];

describe('seed reports', () => {
  if (seedFiles.length === 0) {
    it.skip('no ../shared/seeds beside this clone', () => {});
    return;
  }

  it('finds the five seeds', () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(seedFiles)('parses %s to a titled report with paragraphs', (name) => {
    const result = parseReportFile(new Uint8Array(readFileSync(join(SEEDS, name))), name);
    expect(result.reports.length).toBeGreaterThanOrEqual(1);
    for (const report of result.reports) {
      expect(report.title).not.toBe('');
      expect(report.blocks.filter((block) => block.kind === 'paragraph').length).toBeGreaterThanOrEqual(5);
      expect(report.text).not.toContain('\uFFFD');
    }
  });
});
