/**
 * Importing a REFI-QDA file chosen or dropped with the reports: a project
 * (.qdpx) brings its sources as reports, its codes as themes (merged into a
 * theme of the same name at the same place) and its codings as highlights; a
 * codebook (.qdc) brings its codes. One transaction each, so a file that
 * fails leaves the library as it was.
 */
import { projectFormat } from '../../../../core/refi-qda/project-format';
import { QdaError } from '../../../../core/refi-qda/qda-error';
import { readQdc } from '../../../../core/refi-qda/qdc-reader';
import { readQdpx } from '../../../../core/refi-qda/qdpx-reader';
import type { PickedFile } from '../../../../shared/ipc';
import type { LibraryDatabase } from '../../db/db';
import { importCodebook, importProject } from '../export/project-qdpx';
import { toImportFailure, type ImportOutcome } from './import-outcome';
import type { ReportParser } from './import-reports';

/** The failure code the interface words a refused REFI-QDA file with. */
function failureOf(error: unknown) {
  if (error instanceof QdaError) return { code: error.code === 'too-large' ? 'project-too-large' : error.code, detail: error.message };
  return toImportFailure(error);
}

/** A codebook's XML; REFI-QDA files are UTF-8, so other bytes are no codebook. */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new QdaError('not-refi', 'The codebook is not UTF-8 text', { cause: error });
  }
}

/** Takes one .qdpx or .qdc file into the library, reading its sources as reports with `parse`; never throws. */
export async function importProjectFile(db: LibraryDatabase, file: PickedFile, now: Date, parse?: ReportParser): Promise<ImportOutcome> {
  if (!file.ok) return { name: file.name, status: 'failed', failure: file.error };
  try {
    if (projectFormat(file.name) === 'qdc') {
      const themes = await importCodebook(db, readQdc(utf8(file.bytes)));
      return { name: file.name, status: 'project', reportIds: [], duplicates: 0, themes, highlights: { added: 0, skipped: 0 } };
    }
    const result = await importProject(db, await readQdpx(file.bytes), now.toISOString(), { fileName: file.name, parse });
    return { name: file.name, status: 'project', reportIds: result.reports.added, duplicates: result.reports.duplicates, themes: result.themes, highlights: result.highlights };
  } catch (error) {
    return { name: file.name, status: 'failed', failure: failureOf(error) };
  }
}
