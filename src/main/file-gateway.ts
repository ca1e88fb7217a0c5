/**
 * The main process's only contact with the user's files: reading the files
 * or the folder the user chose in a dialog, and writing the file the save
 * dialog named. Paths never come from the renderer; they come from dialogs,
 * and the IPC handlers pass them here.
 *
 * Failures are data ({@link PickedFile} with `ok: false`, or a {@link Result}),
 * never thrown, so one unreadable file does not spoil an import of many.
 */
import type { FileHandle } from 'node:fs/promises';
import { open, readdir, realpath, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readAtMost } from './read-at-most';
import { reportFormatOf } from '../core/import/report-format';
import {
  importByteLimit,
  MAX_IMPORT_BYTES,
  type GatewayErrorCode,
  type PickedFile,
  type Result,
} from '../shared/ipc';

/**
 * Whether the importer reads a file of this name (core's `reportFormatOf`),
 * compared case-insensitively (`报告.TXT` counts). This is what a folder
 * import takes: reports only. Projects (`.qdpx`, `.qdc`) and library
 * backups (`.rlbackup`) come in only when chosen or dropped one by one, so a
 * folder of reports never restores over the library because a backup lay in
 * it.
 */
export function isImportableName(fileName: string): boolean {
  return reportFormatOf(fileName) !== null;
}

/**
 * Reads each chosen file, in the order given. A file is stat'ed first: one
 * larger than its name's limit (`limitOf`, by default {@link importByteLimit}:
 * 1 GiB for a `.rlbackup` backup, 64 MiB for anything else) is not read and
 * comes back as `too-large`; a missing, unreadable or non-regular file
 * (folder, device, pipe) comes back as `read-failed`. The name is the base
 * name of the path.
 */
export async function readPickedFiles(
  paths: readonly string[],
  limitOf: (name: string) => number = importByteLimit,
): Promise<PickedFile[]> {
  const files: PickedFile[] = [];
  for (const path of paths) {
    const name = basename(path);
    files.push(await readOneFile(path, name, limitOf(name)));
  }
  return files;
}

/**
 * Reads every importable file under a folder (see
 * {@link listImportableFiles}), each as {@link readPickedFiles} would, named
 * by its path relative to the folder with `/` separators (`2024/报告.txt`).
 * Fails with `read-failed` only when the folder itself cannot be listed.
 */
export async function readImportableFolder(folder: string, maxBytes: number = MAX_IMPORT_BYTES): Promise<Result<PickedFile[]>> {
  let relativePaths: string[];
  try {
    relativePaths = await listImportableFiles(folder);
  } catch (error) {
    return failure('read-failed', `cannot list folder ${folder}: ${describeError(error)}`);
  }
  const files: PickedFile[] = [];
  for (const relativePath of relativePaths) {
    files.push(await readOneFile(join(folder, ...relativePath.split('/')), relativePath, maxBytes));
  }
  return { ok: true, value: files };
}

/**
 * The importable files under a folder, as paths relative to it with `/`
 * separators, sorted by code unit so the order is the same on every machine.
 * Descends into subfolders and follows symbolic links, but skips hidden
 * entries (names starting with `.`), broken links, unreadable subfolders and
 * any folder already visited (so symlink loops end). Throws only when the
 * folder itself cannot be read.
 */
export async function listImportableFiles(folder: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>([await realpath(folder)]);

  async function walk(dir: string, prefix: string, isRoot: boolean): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isRoot) throw error;
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      const relativePath = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // broken link
        }
      }
      if (isDirectory) {
        let real: string;
        try {
          real = await realpath(full);
        } catch {
          continue;
        }
        if (visited.has(real)) continue;
        visited.add(real);
        await walk(full, relativePath, false);
      } else if (isFile && isImportableName(entry.name)) {
        found.push(relativePath);
      }
    }
  }

  await walk(folder, '', true);
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Writes the bytes to the path the save dialog returned, replacing any file
 * there (the dialog has asked about overwriting). Fails with `write-failed`.
 */
export async function writeSavedFile(path: string, bytes: Uint8Array): Promise<Result<{ saved: true }>> {
  try {
    await writeFile(path, bytes);
    return { ok: true, value: { saved: true } };
  } catch (error) {
    return failure('write-failed', `cannot write ${path}: ${describeError(error)}`);
  }
}

async function readOneFile(path: string, name: string, maxBytes: number): Promise<PickedFile> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return pickedFailure(name, 0, 'read-failed', `${path} is not a regular file`);
    size = info.size;
  } catch (error) {
    return pickedFailure(name, 0, 'read-failed', `cannot stat ${path}: ${describeError(error)}`);
  }
  if (size > maxBytes) return pickedFailure(name, size, 'too-large', tooLargeDetail(size, maxBytes));

  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const bytes = await readAtMost(handle, size, maxBytes);
    if (bytes === null) return pickedFailure(name, size, 'too-large', tooLargeDetail(`more than ${maxBytes}`, maxBytes));
    return { name, size: bytes.byteLength, ok: true, bytes };
  } catch (error) {
    return pickedFailure(name, size, 'read-failed', `cannot read ${path}: ${describeError(error)}`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function tooLargeDetail(size: number | string, maxBytes: number): string {
  return `file is ${size} bytes; the limit for this file is ${maxBytes} bytes (${formatMiB(maxBytes)})`;
}

function formatMiB(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${Number.isInteger(mib) ? mib : mib.toFixed(2)} MiB`;
}

function pickedFailure(name: string, size: number, code: GatewayErrorCode, detail: string): PickedFile {
  return { name, size, ok: false, error: { code, detail } };
}

function failure(code: GatewayErrorCode, detail: string): { ok: false; error: { code: GatewayErrorCode; detail: string } } {
  return { ok: false, error: { code, detail } };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
