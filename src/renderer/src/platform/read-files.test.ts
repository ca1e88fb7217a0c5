import { describe, expect, it } from 'vitest';
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
});

describe('readFiles', () => {
  it('keeps every chosen file, so the result list can say why one fails', async () => {
    const picked = await readFiles([file('b.txt', 'b'), file('a.pdf', 'a')]);
    expect(picked.map((p) => p.name)).toEqual(['a.pdf', 'b.txt']);
  });

  it('passes over files the importer cannot read when reading a folder', async () => {
    const picked = await readFiles([file('b.TXT', 'b'), file('photo.png', 'p'), file('a.md', 'a')], true);
    expect(picked.map((p) => p.name)).toEqual(['a.md', 'b.TXT']);
  });
});
