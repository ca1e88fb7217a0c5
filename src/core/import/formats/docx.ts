/**
 * The Word (.docx) reader: bytes → source lines. The zip guard checks the
 * archive before anything is inflated; mammoth turns the document into HTML
 * with a style map that knows Chinese and English title and heading styles;
 * the HTML is walked to lines. Structure comes only from styles: a report
 * whose headings are bold `一、` lines in Normal style gives plain lines, and
 * the report parser finds the headings in the text.
 */
import type { ReadOptions, SourceDocument } from '../source-document';
import { DocxError } from './docx-error';
import { docxHtmlLines } from './docx-html-lines';
import { convertDocxToHtml } from './docx-to-html';
import { guardZip } from './zip-guard';
import { ZipGuardError } from './zip-guard-error';

/** The zip entry every Word file has: OOXML's main part, holding the body (`word/` + `document` + `.xml`). */
const MAIN_PART = ['word/document', 'xml'].join('.');

/** At most this many of mammoth's messages are passed on as warnings. */
const MAX_MAMMOTH_WARNINGS = 5;

/** An OLE compound file: a Word 97–2003 .doc, or a password-protected .docx. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOleFile(bytes: Uint8Array): boolean {
  return OLE_SIGNATURE.every((byte, i) => bytes[i] === byte);
}

function throwIfCancelled(options: ReadOptions): void {
  if (options.signal?.aborted) throw new DocxError('cancelled', 'The import was cancelled.');
}

function notDocx(bytes: Uint8Array, reason: string, cause?: unknown): DocxError {
  const message = isOleFile(bytes)
    ? 'This is an old Word 97–2003 (.doc) file or a password-protected document, not a .docx: open it in Word or WPS and save it as .docx.'
    : `This is not a readable Word (.docx) file: ${reason}`;
  return new DocxError('corrupt-docx', message, { cause });
}

/** The guard's refusal as a DocxError. */
function fromGuard(bytes: Uint8Array, error: ZipGuardError): DocxError {
  switch (error.code) {
    case 'zip-bomb':
      return new DocxError('zip-bomb', `This Word file is too large to open safely: ${error.message}`, { cause: error });
    case 'cancelled':
      return new DocxError('cancelled', error.message, { cause: error });
    case 'corrupt-zip':
      return notDocx(bytes, error.message, error);
  }
}

/** What a zip that is not a Word document is, when it is a sibling Office format. */
function otherOfficeFormat(names: ReadonlySet<string>): string | null {
  if (names.has('xl/workbook.xml')) return 'it is an Excel workbook.';
  if (names.has('ppt/presentation.xml')) return 'it is a PowerPoint presentation.';
  return null;
}

/**
 * Reads a .docx into source lines (encoding 'docx', nothing in `dropped`).
 * Titles and headings come from paragraph styles (see `DOCX_STYLE_MAP`);
 * tables give a line per row (see `docxHtmlLines`); images are dropped with a
 * warning ("2 images dropped"). Throws only DocxError: `corrupt-docx` for
 * bytes that are not a zip, a zip without Word's main part, a truncated
 * file, or anything mammoth or jszip fail on; `zip-bomb` from the zip guard;
 * `cancelled` when `options.signal` is set before, during the guard, or
 * after the conversion (mammoth itself cannot be interrupted).
 */
export async function readDocx(bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceDocument> {
  throwIfCancelled(options);
  let names: Set<string>;
  try {
    const guardOptions = options.signal === undefined ? {} : { signal: options.signal };
    names = new Set((await guardZip(bytes, guardOptions)).map((entry) => entry.name));
  } catch (error) {
    if (error instanceof ZipGuardError) throw fromGuard(bytes, error);
    throw error;
  }
  if (!names.has(MAIN_PART)) {
    throw notDocx(bytes, otherOfficeFormat(names) ?? `the zip has no ${MAIN_PART}.`);
  }
  throwIfCancelled(options);

  let converted: Awaited<ReturnType<typeof convertDocxToHtml>>;
  try {
    converted = await convertDocxToHtml(bytes);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw notDocx(bytes, reason, error);
  }
  throwIfCancelled(options);

  const { lines, images } = docxHtmlLines(converted.html);
  const warnings: string[] = [];
  if (images > 0) warnings.push(`${images} ${images === 1 ? 'image' : 'images'} dropped`);
  for (const message of converted.messages.slice(0, MAX_MAMMOTH_WARNINGS)) warnings.push(`Word: ${message}`);
  const more = converted.messages.length - MAX_MAMMOTH_WARNINGS;
  if (more > 0) warnings.push(`Word: ${more} more ${more === 1 ? 'message' : 'messages'} like these`);
  return { encoding: 'docx', lines, dropped: [], warnings };
}
