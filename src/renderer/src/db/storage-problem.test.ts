import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadOnlyLibraryError, storageProblemOf } from './storage-problem';

describe('storageProblemOf', () => {
  it.each([
    ['the browser’s full-disk error', new DOMException('full', 'QuotaExceededError'), 'storage-full'],
    ['Dexie’s error for it', new Dexie.QuotaExceededError('full'), 'storage-full'],
    ['a transaction aborted by it', new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')), 'storage-full'],
    ['a write refused by the read-only library', new ReadOnlyLibraryError(), 'read-only'],
    ['a transaction failed by that refusal', new Dexie.AbortError('aborted', new ReadOnlyLibraryError()), 'read-only'],
    ['the library closed for another window', new Dexie.DatabaseClosedError('closed'), 'closed-elsewhere'],
    ['a constraint error', new Dexie.ConstraintError('key exists'), null],
    ['a plain error', new Error('boom'), null],
    ['a string', 'QuotaExceededError', null],
    ['nothing', undefined, null],
  ])('%s → %s', (_, error, problem) => {
    expect(storageProblemOf(error)).toBe(problem);
  });
});
