import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryDatabase } from '../../db/db';
import { importText } from '../library/fixtures/import-text';
import { searchLibrary } from './search-library';
import { SearchTextCache, searchTextCache } from './search-text-cache';

const report = (place: string, line: string) => `${place}2024年政府工作报告\n——2024年1月8日在${place}人民代表大会上\n各位代表：\n一、工作回顾\n${line}`;

describe('SearchTextCache', () => {
  it('keeps texts folded and indexed, and forgets the least recently used past its limit', () => {
    const cache = new SearchTextCache(10);
    const kept = cache.put('a', 'ＡＢＣ营商');
    expect(kept.folded).toBe('abc营商');
    expect(kept.index.positions.length).toBe(4);
    cache.put('b', '环境优化');
    cache.get('a'); // a is now the more recent
    cache.put('c', '一二三');
    expect(cache.size).toEqual({ texts: 2, chars: 8 });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.text).toBe('ＡＢＣ营商');
  });

  it('does not keep a text over its limit, but still folds and indexes it', () => {
    const cache = new SearchTextCache(3);
    expect(cache.put('a', '营商环境').folded).toBe('营商环境');
    expect(cache.size).toEqual({ texts: 0, chars: 0 });
  });
});

describe('searches with the cache', () => {
  let db: LibraryDatabase;
  let n = 0;
  beforeEach(() => {
    db = new LibraryDatabase(`search-cache-${++n}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('read a text once, and again after it is replaced or deleted', async () => {
    const first = await importText(db, '清水镇.txt', report('清水镇', '持续优化营商环境。'));
    await importText(db, '白石乡.txt', report('白石乡', '营商环境评价位居前列，营商环境持续向好。'));
    const reads = vi.spyOn(db.reportTexts, 'bulkGet');
    expect((await searchLibrary(db, '营商环境')).matchCount).toBe(3);
    expect((await searchLibrary(db, '营商环境')).matchCount).toBe(3);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(searchTextCache(db).size.texts).toBe(2);

    // A text changed in the library is read again; the other stays kept.
    const body = await db.reportTexts.get(first);
    await db.reportTexts.put({ ...body!, text: body!.text.replace('持续优化营商环境。', '持续优化营商环境，营商环境更好。') });
    await vi.waitFor(() => expect(searchTextCache(db).size.texts).toBe(1));
    expect((await searchLibrary(db, '营商环境')).matchCount).toBe(4);

    await db.reportTexts.delete(first);
    await vi.waitFor(() => expect(searchTextCache(db).get(first)).toBeUndefined());
  });
});
