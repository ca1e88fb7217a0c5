import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAtMost } from './read-at-most';

let dir: string;
let path: string;
const content = new TextEncoder().encode('0123456789');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'read-at-most-'));
  path = join(dir, 'ten.txt');
  await writeFile(path, content);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(expected: number, maxBytes: number): Promise<Uint8Array | null> {
  const handle = await open(path, 'r');
  try {
    return await readAtMost(handle, expected, maxBytes);
  } finally {
    await handle.close();
  }
}

describe('readAtMost', () => {
  it('reads a file of the expected size exactly', async () => {
    const bytes = await read(10, 10);
    expect(bytes).toEqual(content);
    expect(bytes?.buffer.byteLength).toBe(10);
  });

  it('reads on when the file grew, within the limit', async () => {
    const bytes = await read(3, 100);
    expect(bytes).toEqual(content);
    expect(bytes?.buffer.byteLength).toBe(10);
  });

  it('gives null when the file grew past the limit', async () => {
    expect(await read(3, 9)).toBeNull();
    expect(await read(0, 0)).toBeNull();
  });

  it('gives what is there when the file shrank', async () => {
    const bytes = await read(50, 100);
    expect(bytes).toEqual(content);
    expect(bytes?.buffer.byteLength).toBe(10);
  });
});
