/**
 * File → reports: the importer's entry point. A pipeline per format; for
 * text formats it is decode → lines → blocks → metadata.
 */
import { DecodeError } from '../decode/decode-error';
import { decodeText } from '../decode/decode-text';
import { parseReportText } from '../report/parse-report-text';
import type { ParseResult } from '../report/report';
import { ImportError } from './import-error';
import { fileExtension, REPORT_FORMATS, reportFormatOf, type ReportFormat } from './report-format';

/** Reads one format's bytes into reports. */
type FormatReader = (bytes: Uint8Array) => ParseResult;

/**
 * Plain text. Markdown is read as plain text for now: its markup stays in the
 * text as the file has it, and `#` lines are not yet headings.
 */
function readPlainText(bytes: Uint8Array): ParseResult {
  const { text, encoding } = decodeText(bytes);
  return { encoding, reports: [parseReportText(text)] };
}

/** The reader for each format; a new format adds a reader here. */
const READERS: Readonly<Record<ReportFormat, FormatReader>> = {
  txt: readPlainText,
  md: readPlainText,
};

/**
 * Parses a file's bytes into reports, choosing the reader by the file
 * name's extension (see `REPORT_FORMATS`). Throws an ImportError: code
 * `unsupported-format` for any other extension, and the DecodeError's own
 * code (`invalid-bytes`, `binary`, `empty`) when the bytes cannot be
 * decoded, with that DecodeError as `cause` and its byte offset kept. One
 * file gives one report for now; compilations will give several.
 */
export function parseReportFile(bytes: Uint8Array, fileName: string): ParseResult {
  const format = reportFormatOf(fileName);
  if (format === null) {
    const extension = fileExtension(fileName);
    const supported = REPORT_FORMATS.map((f) => `.${f}`).join(', ');
    throw new ImportError(
      'unsupported-format',
      fileName,
      `Cannot import "${fileName}": ${extension ? `.${extension} files are` : 'a file without an extension is'} not supported (supported: ${supported}).`,
    );
  }
  try {
    return READERS[format](bytes);
  } catch (error) {
    if (error instanceof DecodeError) {
      throw new ImportError(error.code, fileName, `Cannot import "${fileName}": ${error.message}`, {
        offset: error.offset,
        cause: error,
      });
    }
    throw error;
  }
}
