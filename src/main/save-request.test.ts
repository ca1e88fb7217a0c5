import { describe, expect, it } from 'vitest';
import { parseSaveRequest } from './save-request';

describe('parseSaveRequest', () => {
  const bytes = new Uint8Array([1, 2, 3]);

  it('accepts a well-formed request and copies only its fields', () => {
    const parsed = parseSaveRequest({ suggestedName: '报告.md', bytes, extensions: ['md', 'txt'], path: '/etc/passwd' });
    expect(parsed).toEqual({ suggestedName: '报告.md', bytes, extensions: ['md', 'txt'] });
    expect(parsed).not.toHaveProperty('path');
  });

  it.each([
    ['null', null],
    ['a string', 'x'],
    ['missing name', { bytes, extensions: [] }],
    ['name not a string', { suggestedName: 1, bytes, extensions: [] }],
    ['overlong name', { suggestedName: 'x'.repeat(1001), bytes, extensions: [] }],
    ['bytes as array', { suggestedName: 'a', bytes: [1, 2], extensions: [] }],
    ['bytes as string', { suggestedName: 'a', bytes: 'abc', extensions: [] }],
    ['extensions missing', { suggestedName: 'a', bytes }],
    ['extension with dot', { suggestedName: 'a', bytes, extensions: ['.md'] }],
    ['extension with slash', { suggestedName: 'a', bytes, extensions: ['md/x'] }],
    ['extension not a string', { suggestedName: 'a', bytes, extensions: [1] }],
    ['too many extensions', { suggestedName: 'a', bytes, extensions: Array.from({ length: 21 }, () => 'md') }],
  ])('refuses %s', (_name, value) => {
    expect(parseSaveRequest(value)).toBeNull();
  });
});
