import { describe, expect, it } from 'vitest';
import { importByteLimit, isBackupFileName, MAX_BACKUP_BYTES, MAX_IMPORT_BYTES } from './ipc';

describe('isBackupFileName', () => {
  it.each(['资料库备份 2026-11-22.rlbackup', 'library-2026-11-22T18-30-05.rlbackup', 'A.RLBACKUP', '2024/备份.RlBackup', 'C:\\备份\\a.rlbackup'])(
    'takes %s',
    (name) => {
      expect(isBackupFileName(name)).toBe(true);
    },
  );

  it.each(['报告.txt', 'a.rlbackup.txt', 'rlbackup', '.rlbackup', 'dir/.rlbackup', 'a.qdpx', 'arlbackup'])('refuses %s', (name) => {
    expect(isBackupFileName(name)).toBe(false);
  });
});

describe('importByteLimit', () => {
  it('gives a backup the backup limit, everything else the report limit', () => {
    expect(MAX_BACKUP_BYTES).toBe(1024 ** 3);
    expect(importByteLimit('资料库备份.rlbackup')).toBe(MAX_BACKUP_BYTES);
    expect(importByteLimit('报告.txt')).toBe(MAX_IMPORT_BYTES);
    expect(importByteLimit('项目.qdpx')).toBe(MAX_IMPORT_BYTES);
  });
});
