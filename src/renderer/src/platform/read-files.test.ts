import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc';
import { readFile, readFiles } from './read-files';

const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });

describe('readFile', () => {
  it('reads the bytes of a file within the limit', async () => {
    const picked = await readFile(file('a.txt', '各位代表'), 100);
    expect(picked).toMatchObject({ name: 'a.txt', ok: true, size: 12 });
    expect(picked.ok && new TextDecoder().decode(picked.bytes)).toBe('各位代表');
  });

  it('refuses a file over the limit without reading it, saying so', async () => {
    const picked = await readFile(file('big.txt', 'x'.repeat(101)), 100);
    expect(picked).toEqual({ name: 'big.txt', size: 101, ok: false, error: { code: 'too-large', detail: '101 bytes > 100 bytes' } });
  });

  it('reads a backup over the report limit, where a report that size is refused', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1);
    const report = await readFile(new File([bytes], '报告.txt'));
    expect(report).toMatchObject({ ok: false, error: { code: 'too-large', detail: `${MAX_IMPORT_BYTES + 1} bytes > ${MAX_IMPORT_BYTES} bytes` } });
    const backup = await readFile(new File([bytes], '资料库备份.RLBACKUP'));
    expect(backup).toMatchObject({ name: '资料库备份.RLBACKUP', size: MAX_IMPORT_BYTES + 1, ok: true });
  });
});

describe('readFiles', () => {
  it('keeps every chosen file, so the result list can say why one fails', async () => {
    const picked = await readFiles([file('b.txt', 'b'), file('a.pdf', 'a'), file('c.rlbackup', 'PK')]);
    expect(picked.map((p) => p.name)).toEqual(['a.pdf', 'b.txt', 'c.rlbackup']);
  });

  it('passes over files the importer cannot read when reading a folder, backups too', async () => {
    const picked = await readFiles([file('b.TXT', 'b'), file('photo.png', 'p'), file('a.md', 'a'), file('资料库备份.rlbackup', 'PK')], true);
    expect(picked.map((p) => p.name)).toEqual(['a.md', 'b.TXT']);
  });
});
