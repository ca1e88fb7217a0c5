import { describe, expect, it } from 'vitest';
import { backupBytesProblem, parseAutoBackupAnswer } from './auto-backup-answer';

const zip = new Uint8Array([0x50, 0x4b, 3, 4, 0]);

describe('parseAutoBackupAnswer', () => {
  it('accepts a backup and copies only its fields', () => {
    const parsed = parseAutoBackupAnswer({ requestId: 3, ok: true, bytes: zip, path: '/etc/passwd' });
    expect(parsed).toEqual({ requestId: 3, ok: true, bytes: zip });
    expect(parsed).not.toHaveProperty('path');
  });

  it('accepts a failure, its detail cut short', () => {
    expect(parseAutoBackupAnswer({ requestId: 1, ok: false, detail: '数据库打不开' })).toEqual({ requestId: 1, ok: false, detail: '数据库打不开' });
    const long = parseAutoBackupAnswer({ requestId: 1, ok: false, detail: 'x'.repeat(10_000) });
    expect(long?.ok === false && long.detail).toHaveLength(500);
  });

  it.each([
    ['null', null],
    ['a number', 3],
    ['bytes alone', zip],
    ['no request id', { ok: true, bytes: zip }],
    ['request id zero', { requestId: 0, ok: true, bytes: zip }],
    ['request id negative', { requestId: -1, ok: true, bytes: zip }],
    ['request id fractional', { requestId: 1.5, ok: true, bytes: zip }],
    ['request id as string', { requestId: '1', ok: true, bytes: zip }],
    ['ok missing', { requestId: 1, bytes: zip }],
    ['bytes as array', { requestId: 1, ok: true, bytes: [0x50, 0x4b] }],
    ['bytes as ArrayBuffer', { requestId: 1, ok: true, bytes: zip.buffer }],
    ['failure without detail', { requestId: 1, ok: false }],
    ['failure with detail not a string', { requestId: 1, ok: false, detail: { message: 'x' } }],
  ])('refuses %s', (_name, value) => {
    expect(parseAutoBackupAnswer(value)).toBeNull();
  });
});

describe('backupBytesProblem', () => {
  it('takes a zip within the limit', () => {
    expect(backupBytesProblem(zip)).toBeNull();
    expect(backupBytesProblem(zip, 5)).toBeNull();
  });

  it('refuses nothing, and what is not a zip, as unsupported-format', () => {
    expect(backupBytesProblem(new Uint8Array())).toMatchObject({ code: 'unsupported-format', detail: 'the automatic backup is empty' });
    expect(backupBytesProblem(new Uint8Array([0x50]))).toMatchObject({ code: 'unsupported-format' });
    expect(backupBytesProblem(new TextEncoder().encode('{"reports":[]}'))).toMatchObject({
      code: 'unsupported-format',
      detail: 'the automatic backup is not a zip file',
    });
  });

  it('refuses more than the limit as too-large', () => {
    expect(backupBytesProblem(zip, 4)).toEqual({ code: 'too-large', detail: 'the automatic backup is 5 bytes; the limit is 4 bytes' });
  });
});
