import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryDatabase } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';
import { findSuggestions } from './find-suggestions';
import { RURAL, SAFETY, SUGGESTION_TEXTS } from './fixtures/suggestion-library';

let db: LibraryDatabase;
let n = 0;
beforeEach(async () => {
  db = new LibraryDatabase(`find-suggestions-${++n}`);
  await db.reportTexts.bulkAdd(SUGGESTION_TEXTS);
});
afterEach(async () => {
  await db.delete();
});

describe('findSuggestions', () => {
  it('searches reports in batches, in order, with progress, keeping what a highlight needs', async () => {
    const progress: number[] = [];
    const result = await findSuggestions(db, { reportIds: ['r1', 'r2', 'r3', 'missing'], themes: [RURAL, SAFETY], passages: [], limit: 100, batchSize: 2, onProgress: (done) => progress.push(done) });
    expect(result.end).toBe('done');
    expect(result.searched).toBe(4);
    expect(progress).toEqual([2, 4]);
    expect(result.suggestions.map((s) => `${s.reportId}:${s.themeId}:${s.sentence}`)).toEqual([
      'r1:rural:建设高标准农田五万亩。',
      'r1:safety:排查整治隐患八百处。',
      'r2:rural:乡村面貌焕然一新。',
      'r3:rural:推进乡村建设行动；',
      'r3:rural:整治农田水利。',
    ]);
    const first = result.suggestions[0]!;
    expect(first.key).toBe('r1|rural|0-11');
    expect(first.selectors.quote).toEqual({ exact: '建设高标准农田五万亩。', prefix: '', suffix: '排查整治隐患八百处。' });
    expect(first.textHash).toBe(await sha256Hex(new TextEncoder().encode(SUGGESTION_TEXTS[0]!.text)));
  });

  it('leaves out coded sentences and skipped keys, and stops at the limit', async () => {
    const passages = [{ reportId: 'r1', themeIds: ['rural'], start: 2, end: 6 }];
    const result = await findSuggestions(db, { reportIds: ['r1', 'r2', 'r3'], themes: [RURAL, SAFETY], passages, skip: (key) => key.startsWith('r2|'), limit: 2 });
    expect(result.end).toBe('limit');
    expect(result.suggestions.map((s) => s.key)).toEqual(['r1|safety|11-21', 'r3|rural|0-9']);
  });

  it('stops when asked, keeping what it found', async () => {
    const controller = new AbortController();
    const result = await findSuggestions(db, {
      reportIds: ['r1', 'r2', 'r3'],
      themes: [RURAL],
      passages: [],
      limit: 100,
      batchSize: 1,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    expect(result.end).toBe('cancelled');
    expect(result.searched).toBe(1);
    expect(result.suggestions.map((s) => s.reportId)).toEqual(['r1']);
  });
});
