import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { ReadOnlyLibraryError } from '../db/storage-problem';
import { failureReason } from './failure-reason';
import { format, messages, type MessageKey } from './messages';

const t = (key: MessageKey, values?: Record<string, string | number>) => format(messages.zh[key], values);

describe('failureReason', () => {
  it('says a storage problem in plain words', () => {
    expect(failureReason(t, new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError')))).toBe('存储空间已满，没有保存。');
    expect(failureReason(t, new ReadOnlyLibraryError())).toBe('资料库由更新版本的应用保存，当前为只读。');
  });

  it('gives any other failure by its message', () => {
    expect(failureReason(t, new Error('划线已不存在'))).toBe('划线已不存在');
    expect(failureReason(t, 'boom')).toBe('boom');
  });
});
