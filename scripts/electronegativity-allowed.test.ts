import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_HIGH_FINDINGS } from './electronegativity-allowed';

const SRC = resolve(import.meta.dirname, '..', 'src');

describe('ALLOWED_HIGH_FINDINGS', () => {
  it.each(ALLOWED_HIGH_FINDINGS.map((entry) => [`${entry.check} in ${entry.file}`, entry] as const))(
    '%s points at code that is there, and says why',
    (_name, entry) => {
      const path = join(SRC, entry.file);
      expect(existsSync(path), path).toBe(true);
      const lines = readFileSync(path, 'utf8').split('\n').filter((line) => line.includes(entry.code));
      expect(lines, entry.code).toHaveLength(1);
      expect(entry.check).toMatch(/^[A-Z_]+_CHECK$/);
      expect(entry.reason.length).toBeGreaterThan(40);
    },
  );
});
