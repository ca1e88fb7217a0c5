/**
 * Reading a `.qdpx` (a zip holding `project.qde` and the sources' files).
 * The zip guard checks the archive before anything is inflated, so a
 * crafted file cannot exhaust memory; then the project file is found
 * (`project.qde`, else the one `.qde` at the top, as some tools name it
 * after the project) and read, fetching from the zip only the text files
 * it names.
 */
import JSZip from 'jszip';
import { guardZip, type ZipGuardLimits } from '../import/formats/zip-guard';
import { ZipGuardError } from '../import/formats/zip-guard-error';
import { decodeStrictly } from '../decode/strict-decoder';
import { QdaError } from './qda-error';
import type { QdaProject } from './qda-project';
import { readQde } from './qde-reader';
import { decodeSourceBytes } from './source-text';
import { findInternalFile } from './source-path';

/** Options of `readQdpx`. */
export interface QdpxReadOptions {
  /** Overrides of the zip guard's limits (200 MiB inflated in all, 10,000 entries), e.g. for tests. */
  limits?: Partial<ZipGuardLimits>;
}

/** True when `bytes` open like a zip (a local header, or the end record of an empty zip). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/** The archive's project file: `project.qde` at the top (any case), else the only `.qde` at the top, else the only one anywhere. */
function projectEntry(paths: readonly string[]): string | null {
  const top = paths.filter((path) => !path.includes('/'));
  const named = top.find((path) => path.toLowerCase() === 'project.qde');
  if (named !== undefined) return named;
  for (const candidates of [top, paths]) {
    const qde = candidates.filter((path) => path.toLowerCase().endsWith('.qde'));
    if (qde.length === 1) return qde[0] ?? null;
  }
  return null;
}

/** The zip, checked by the guard and opened by jszip; QdaError for anything it refuses. */
async function openZip(bytes: Uint8Array, options: QdpxReadOptions): Promise<JSZip> {
  if (!looksLikeZip(bytes)) throw new QdaError('not-qdpx', 'The file is not a .qdpx project: it is not a zip archive.');
  try {
    await guardZip(bytes, { limits: options.limits });
  } catch (error) {
    if (error instanceof ZipGuardError && error.code === 'zip-bomb') throw new QdaError('too-large', error.message, { cause: error });
    throw new QdaError('corrupt-zip', error instanceof Error ? error.message : 'The zip cannot be read.', { cause: error });
  }
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new QdaError('corrupt-zip', `The zip cannot be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** An entry's bytes; QdaError `corrupt-zip` when it does not inflate. */
async function entryBytes(zip: JSZip, path: string): Promise<Uint8Array> {
  const file = zip.file(path);
  if (file === null) throw new QdaError('corrupt-zip', `The zip lists ${path} but holds no such file.`);
  try {
    return await file.async('uint8array');
  } catch (error) {
    throw new QdaError('corrupt-zip', `The zip entry ${path} cannot be inflated.`, { cause: error });
  }
}

/**
 * The project in a `.qdpx`'s bytes. Throws QdaError: `not-qdpx` when the
 * bytes are not a zip; `corrupt-zip` when the zip cannot be read; `too-large`
 * when it would inflate beyond the guard's limits; `missing-project` when it
 * holds no project file; `not-refi` when the project file is not UTF-8 or
 * not a REFI-QDA project. What the project holds but the app cannot use is
 * named in the result's `warnings`.
 */
export async function readQdpx(bytes: Uint8Array, options: QdpxReadOptions = {}): Promise<QdaProject> {
  const zip = await openZip(bytes, options);
  const paths = Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
  const entry = projectEntry(paths);
  if (entry === null) throw new QdaError('missing-project', 'The zip holds no project.qde, so it is not a REFI-QDA project.');
  const xml = decodeStrictly(await entryBytes(zip, entry), 'utf-8');
  if (xml === null) throw new QdaError('not-refi', `${entry} is not UTF-8 text.`);
  const readText = async (path: string): Promise<string | null> => {
    const found = findInternalFile(path, paths);
    return found === null ? null : decodeSourceBytes(await entryBytes(zip, found));
  };
  return readQde(xml, readText);
}
