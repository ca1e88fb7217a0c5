/**
 * Reading File objects (from a file input or a drop) into picked files, with
 * the same size limits and extension filter as the desktop file gateway.
 */
import { reportFormatOf } from '../../../core/import/report-format';
import { importByteLimit, type PickedFile } from '../../../shared/ipc';

/**
 * Reads one file, refusing one over the size limit before reading it. The
 * limit is by default its name's (`importByteLimit`: 1 GiB for a `.rlbackup`
 * backup, 64 MiB for anything else).
 */
export async function readFile(file: File, limit: number = importByteLimit(file.name)): Promise<PickedFile> {
  const name = file.webkitRelativePath || file.name;
  if (file.size > limit) {
    return { name, size: file.size, ok: false, error: { code: 'too-large', detail: `${file.size} bytes > ${limit} bytes` } };
  }
  try {
    return { name, size: file.size, ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch (error) {
    return { name, size: file.size, ok: false, error: { code: 'read-failed', detail: String(error) } };
  }
}

/** Files read at the same time: one read after another left the disk idle between them (a third of a 1,000-file import's wait). */
const READS_AT_ONCE = 16;

/**
 * Reads the chosen files, given back in name order. With `onlyImportable`,
 * files the importer can't read are skipped (a folder holds pictures and
 * such); otherwise they are kept so the result list can say why they failed.
 */
export async function readFiles(files: Iterable<File>, onlyImportable = false): Promise<PickedFile[]> {
  const chosen = Array.from(files).filter((f) => !onlyImportable || reportFormatOf(f.name) !== null);
  chosen.sort((a, b) => (a.webkitRelativePath || a.name).localeCompare(b.webkitRelativePath || b.name));
  const picked: PickedFile[] = new Array(chosen.length);
  let next = 0;
  const reader = async () => {
    for (let at = next++; at < chosen.length; at = next++) picked[at] = await readFile(chosen[at] as File);
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, chosen.length) }, reader));
  return picked;
}
