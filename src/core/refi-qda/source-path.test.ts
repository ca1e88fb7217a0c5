import { describe, expect, it } from 'vitest';
import { findInternalFile, internalPath } from './source-path';

const ENTRIES = ['project.qde', 'Sources/A.txt', 'sources/b.TXT', 'deep/folder/c.txt', 'd.txt', 'x/e.txt', 'y/e.txt'];

describe('findInternalFile', () => {
  it.each([
    ['internal://a.txt', 'Sources/A.txt'],
    ['internal://B.txt', 'sources/b.TXT'],
    ['INTERNAL://d.txt', 'd.txt'],
    ['internal://c.txt', 'deep/folder/c.txt'],
    ['relative:///somewhere\\c.txt', 'deep/folder/c.txt'],
    ['internal://e.txt', null],
    ['internal://missing.txt', null],
    ['internal://', null],
  ])('%s → %s', (path, entry) => {
    expect(findInternalFile(path, ENTRIES)).toBe(entry);
  });

  it('finds what the writer names', () => {
    expect(internalPath('g')).toBe('internal://g.txt');
    expect(findInternalFile(internalPath('g'), ['sources/g.txt'])).toBe('sources/g.txt');
  });
});
