/**
 * The acceptance corpus: the real report files in ../shared/seeds beside the
 * clone. Tests read them from there and never copy their text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/seeds');
export const HAVE_SEEDS = existsSync(SEEDS_DIR);
export const NO_SEEDS_REASON = `no ../shared/seeds beside this clone (looked in ${SEEDS_DIR})`;

/** The seed files' paths, sorted by name. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(SEEDS_DIR, name));
}

/** A line of a seed file's body text (long enough to be a paragraph), to look for in the reader. */
export function seedParagraph(path: string, index = 0): string {
  const lines = readFileSync(path, 'utf8')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 80);
  const line = lines[index];
  if (!line) throw new RangeError(`seed ${path} has no paragraph ${index}`);
  return line.slice(0, 30);
}
