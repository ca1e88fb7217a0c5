/**
 * The file formats the importer reads, told apart by file name extension.
 */

/** A format the importer reads: its extension, lower case, without the dot. */
export type ReportFormat = 'txt' | 'md' | 'docx' | 'html' | 'htm' | 'pdf';

/** Every format the importer reads, in the order file dialogs list them. */
export const REPORT_FORMATS: readonly ReportFormat[] = ['txt', 'md', 'docx', 'html', 'htm', 'pdf'];

/**
 * The extension of `fileName` (a bare name or a path with / or \
 * separators), lower case and without the dot; '' if it has none. A leading
 * dot alone, as in `.profile`, is not an extension.
 */
export function fileExtension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format `fileName` is in by its extension, or null if the importer does not read it. */
export function reportFormatOf(fileName: string): ReportFormat | null {
  const extension = fileExtension(fileName);
  return (REPORT_FORMATS as readonly string[]).includes(extension) ? (extension as ReportFormat) : null;
}
