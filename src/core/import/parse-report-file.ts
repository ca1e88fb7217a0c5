/**
 * File → reports: the importer's entry point. Each format has a reader that
 * turns bytes into source lines; one parser turns those into reports.
 */
import { DecodeError } from '../decode/decode-error';
import { parseSource } from '../report/parse-source';
import type { ParseResult } from '../report/report';
import { readDocx } from './formats/docx';
import { readHtml } from './formats/html';
import { readPdf } from './formats/pdf';
import { readMarkdown, readText } from './formats/text';
import { ImportError } from './import-error';
import { fileExtension, REPORT_FORMATS, reportFormatOf, type ReportFormat } from './report-format';
import type { ReadOptions, SourceDocument } from './source-document';

/** Reads one format's bytes into source lines. */
type FormatReader = (bytes: Uint8Array, options: ReadOptions) => SourceDocument | Promise<SourceDocument>;

/** The reader for each format; a new format adds a reader here. */
const READERS: Readonly<Record<ReportFormat, FormatReader>> = {
  txt: readText,
  md: readMarkdown,
  docx: readDocx,
  html: readHtml,
  htm: readHtml,
  pdf: readPdf,
};

/** Errors of format readers that carry a code of their own (DecodeError, DocxError, PdfError…). */
function codeOf(error: unknown): string | null {
  if (!(error instanceof Error) || error instanceof RangeError) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/**
 * Parses a file's bytes into reports, choosing the reader by the file
 * name's extension (see `REPORT_FORMATS`). Throws an ImportError: code
 * `unsupported-format` for any other extension; the reader's own code
 * (`invalid-bytes`, `binary`, `empty`, `corrupt-docx`, `zip-bomb`,
 * `corrupt-pdf`, `no-text` for a PDF without a text layer…) when the bytes
 * cannot be read, with the reader's error as `cause`; `no-report-text` when
 * the file holds nothing but site debris.
 */
export async function parseReportFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParseResult> {
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
  let source: SourceDocument;
  try {
    source = await READERS[format](bytes, options);
  } catch (error) {
    const code = codeOf(error);
    if (code === null) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(code, fileName, `Cannot import "${fileName}": ${message}`, {
      offset: error instanceof DecodeError ? error.offset : null,
      cause: error,
    });
  }
  const result = parseSource(source);
  if (result.reports.length === 0) {
    throw new ImportError('no-report-text', fileName, `Cannot import "${fileName}": it holds no report text, only site debris (navigation, scripts, notices).`);
  }
  return result;
}
