import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileExtension, REPORT_FORMATS, reportFormatOf } from './report-format';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** A fixed seed keeps CI repeatable; PROPERTY_SEED=random (or another number) searches further. */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);
const params = { numRuns: RUNS, seed: SEED };

/** Pieces of hostile file names: separators of both systems, dots, NUL, overrides, device names, extensions. */
const piece = fc.oneof(
  fc.constantFrom('/', '\\', '.', '..', ' ', '\u0000', '\n', '\u202e', ':', 'CON', 'etc', 'passwd', '报告', '.txt', '.TXT', '.exe', '.docx', '.md', '.tar.gz', 'C:'),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
const name = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(''));

describe('fileExtension and reportFormatOf (property)', () => {
  it('read only the last part of a path, whatever the folders before it are called', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('/', '\\'), name, (folders, separator, base) => {
        fc.pre(!/[\\/]/u.test(base));
        expect(fileExtension(`${folders}${separator}${base}`)).toBe(fileExtension(base));
        expect(reportFormatOf(`${folders}${separator}${base}`)).toBe(reportFormatOf(base));
      }),
      params,
    );
  });

  it('give an extension without separators or dots, lower case, and a format only for what ends in one of REPORT_FORMATS', () => {
    fc.assert(
      fc.property(name, (fileName) => {
        const extension = fileExtension(fileName);
        expect(extension).not.toMatch(/[./\\]/u);
        expect(extension).toBe(extension.toLowerCase());
        const format = reportFormatOf(fileName);
        if (format === null) expect(REPORT_FORMATS).not.toContain(extension);
        else expect(fileName.toLowerCase().endsWith(`.${format}`)).toBe(true);
      }),
      params,
    );
  });
});
