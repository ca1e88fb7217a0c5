import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_IMPORT_BYTES, type PickedFile } from '../shared/ipc';
import {
  isImportableName,
  listImportableFiles,
  readImportableFolder,
  readPickedFiles,
  writeSavedFile,
} from './file-gateway';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'file-gateway-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const text = (file: PickedFile) => (file.ok ? new TextDecoder().decode(file.bytes) : `<${file.error.code}>`);

describe('isImportableName', () => {
  it('accepts txt and md in any case', () => {
    expect(isImportableName('报告.txt')).toBe(true);
    expect(isImportableName('README.MD')).toBe(true);
    expect(isImportableName('notes.Txt')).toBe(true);
  });

  it('refuses other or missing extensions', () => {
    expect(isImportableName('scan.jpg')).toBe(false);
    expect(isImportableName('资料库备份.rlbackup')).toBe(false);
    expect(isImportableName('项目.qdpx')).toBe(false);
    expect(isImportableName('txt')).toBe(false);
    expect(isImportableName('archive.txt.gz')).toBe(false);
  });
});

describe('readPickedFiles', () => {
  it('reads the chosen files in order, named by base name', async () => {
    await writeFile(join(dir, 'a.txt'), '政府工作报告');
    await writeFile(join(dir, 'b.md'), '# 标题');
    const files = await readPickedFiles([join(dir, 'b.md'), join(dir, 'a.txt')]);
    expect(files.map((f) => f.name)).toEqual(['b.md', 'a.txt']);
    expect(files.map(text)).toEqual(['# 标题', '政府工作报告']);
    const first = files[1];
    expect(first?.ok && first.bytes).toBeInstanceOf(Uint8Array);
    expect(first?.size).toBe(new TextEncoder().encode('政府工作报告').byteLength);
  });

  it('reads an empty file', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const [file] = await readPickedFiles([join(dir, 'empty.txt')]);
    expect(file).toMatchObject({ name: 'empty.txt', size: 0, ok: true });
  });

  it('reports a missing file and a folder as read-failed, and still reads the rest', async () => {
    await writeFile(join(dir, 'ok.txt'), 'ok');
    await mkdir(join(dir, 'sub'));
    const files = await readPickedFiles([join(dir, 'missing.txt'), join(dir, 'sub'), join(dir, 'ok.txt')]);
    expect(files.map((f) => [f.name, f.ok])).toEqual([
      ['missing.txt', false],
      ['sub', false],
      ['ok.txt', true],
    ]);
    for (const file of files.slice(0, 2)) {
      expect(file.ok ? null : file.error.code).toBe('read-failed');
    }
  });

  it('refuses a file over the limit without reading it, giving size and limit', async () => {
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(11));
    await writeFile(join(dir, 'fits.txt'), 'x'.repeat(10));
    const [big, fits] = await readPickedFiles([join(dir, 'big.txt'), join(dir, 'fits.txt')], () => 10);
    expect(big).toMatchObject({ name: 'big.txt', size: 11, ok: false, error: { code: 'too-large' } });
    expect(big?.ok === false && big.error.detail).toMatch(/11 bytes.*10 bytes/);
    expect(fits).toMatchObject({ name: 'fits.txt', size: 10, ok: true });
  });

  it('applies MAX_IMPORT_BYTES by default (sparse file one byte over)', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, MAX_IMPORT_BYTES + 1);
    const [file] = await readPickedFiles([path]);
    expect(file).toMatchObject({ size: MAX_IMPORT_BYTES + 1, ok: false, error: { code: 'too-large' } });
    expect(file?.ok === false && file.error.detail).toContain(`${MAX_IMPORT_BYTES + 1} bytes`);
    expect(file?.ok === false && file.error.detail).toContain(`${MAX_IMPORT_BYTES} bytes (64 MiB)`);
  });

  it('reads a backup over the report limit, and refuses one over the backup limit (sparse files)', async () => {
    const fits = join(dir, '资料库备份.RLBACKUP');
    const huge = join(dir, 'huge.rlbackup');
    await writeFile(fits, '');
    await truncate(fits, MAX_IMPORT_BYTES + 1);
    await writeFile(huge, '');
    await truncate(huge, MAX_BACKUP_BYTES + 1);
    const [read, refused] = await readPickedFiles([fits, huge]);
    expect(read).toMatchObject({ name: '资料库备份.RLBACKUP', size: MAX_IMPORT_BYTES + 1, ok: true });
    expect(read?.ok && read.bytes.byteLength).toBe(MAX_IMPORT_BYTES + 1);
    expect(refused).toMatchObject({ name: 'huge.rlbackup', size: MAX_BACKUP_BYTES + 1, ok: false, error: { code: 'too-large' } });
    expect(refused?.ok === false && refused.error.detail).toContain(`${MAX_BACKUP_BYTES} bytes (1024 MiB)`);
  });

  it('asks the limit by base name', async () => {
    await writeFile(join(dir, 'a.txt'), 'abc');
    const asked: string[] = [];
    await readPickedFiles([join(dir, 'a.txt')], (name) => {
      asked.push(name);
      return 100;
    });
    expect(asked).toEqual(['a.txt']);
  });
});

describe('listImportableFiles and readImportableFolder', () => {
  beforeEach(async () => {
    await mkdir(join(dir, 'root', '2024', 'drafts'), { recursive: true });
    await mkdir(join(dir, 'root', '.git'), { recursive: true });
    await mkdir(join(dir, 'root', '.hidden-dir'), { recursive: true });
    await writeFile(join(dir, 'root', 'b.txt'), 'b');
    await writeFile(join(dir, 'root', 'A.MD'), 'a');
    await writeFile(join(dir, 'root', 'image.png'), 'png');
    await writeFile(join(dir, 'root', 'noext'), 'x');
    await writeFile(join(dir, 'root', '.secret.txt'), 'hidden');
    await writeFile(join(dir, 'root', '.git', 'HEAD.txt'), 'hidden');
    await writeFile(join(dir, 'root', '.hidden-dir', 'x.md'), 'hidden');
    await writeFile(join(dir, 'root', '2024', '报告.Txt'), '报告');
    await writeFile(join(dir, 'root', '2024', 'drafts', 'd.md'), 'd');
    await writeFile(join(dir, 'outside.txt'), 'linked');
    // A loop back to the root, a loop to the parent folder, a broken link and a linked file.
    await symlink(join(dir, 'root'), join(dir, 'root', '2024', 'loop'), 'dir');
    await symlink('..', join(dir, 'root', '2024', 'drafts', 'up'), 'dir');
    await symlink(join(dir, 'nowhere.txt'), join(dir, 'root', 'broken.txt'));
    await symlink(join(dir, 'outside.txt'), join(dir, 'root', 'linked.txt'));
  });

  it('lists importable files recursively, sorted, skipping hidden entries, loops, projects and backups', async () => {
    await writeFile(join(dir, 'root', '资料库备份.rlbackup'), 'PK');
    await writeFile(join(dir, 'root', '项目.qdpx'), 'PK');
    expect(await listImportableFiles(join(dir, 'root'))).toEqual(['2024/drafts/d.md', '2024/报告.Txt', 'A.MD', 'b.txt', 'linked.txt']);
  });

  it('reads them named by relative path', async () => {
    const result = await readImportableFolder(join(dir, 'root'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((f) => [f.name, text(f)])).toEqual([
      ['2024/drafts/d.md', 'd'],
      ['2024/报告.Txt', '报告'],
      ['A.MD', 'a'],
      ['b.txt', 'b'],
      ['linked.txt', 'linked'],
    ]);
  });

  it('marks files over the limit inside the folder', async () => {
    await writeFile(join(dir, 'root', 'c.txt'), 'too long');
    const result = await readImportableFolder(join(dir, 'root'), 4);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const big = result.value.find((f) => f.name === 'c.txt');
    expect(big).toMatchObject({ ok: false, size: 8, error: { code: 'too-large' } });
    expect(result.value.find((f) => f.name === 'b.txt')).toMatchObject({ ok: true });
  });

  it('fails with read-failed when the folder cannot be read', async () => {
    const result = await readImportableFolder(join(dir, 'missing'));
    expect(result).toMatchObject({ ok: false, error: { code: 'read-failed' } });
  });

  it('gives an empty list for a folder with nothing importable', async () => {
    await mkdir(join(dir, 'empty'));
    expect(await readImportableFolder(join(dir, 'empty'))).toEqual({ ok: true, value: [] });
  });
});

describe('writeSavedFile', () => {
  it('writes the bytes, replacing an existing file', async () => {
    const path = join(dir, '导出.md');
    await writeFile(path, 'old');
    const result = await writeSavedFile(path, new TextEncoder().encode('新内容'));
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(await readFile(path, 'utf8')).toBe('新内容');
  });

  it('reports write-failed when the folder does not exist', async () => {
    const result = await writeSavedFile(join(dir, 'no', 'such', 'dir', 'x.md'), new Uint8Array([1]));
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });
});
