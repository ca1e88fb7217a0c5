/**
 * The REFI-QDA files the import takes besides reports: a whole project
 * (`.qdpx`) and a codebook (`.qdc`), told apart by file name extension.
 */
import { fileExtension } from '../import/report-format';

export type ProjectFormat = 'qdpx' | 'qdc';

/** The REFI-QDA formats, in the order file dialogs list them. */
export const PROJECT_FORMATS: readonly ProjectFormat[] = ['qdpx', 'qdc'];

/** The REFI-QDA format of `fileName`, or null for any other file. */
export function projectFormat(fileName: string): ProjectFormat | null {
  const extension = fileExtension(fileName);
  return PROJECT_FORMATS.find((format) => format === extension) ?? null;
}
