/**
 * The PDF reader: bytes → source lines. pdfjs (pdfjs-dist's legacy build,
 * which runs in Node 20 and in browsers) gives each page's text layer;
 * pdf-layout.ts rebuilds the lines, drops running headers, footers and page
 * numbers and marks the lines that run on.
 *
 * pdfjs is loaded on first use by dynamic import, together with its worker
 * module, which registers itself as `globalThis.pdfjsWorker`: pdfjs then
 * runs its parser on the calling thread (its "fake worker") instead of
 * starting a Web Worker of its own. In Node that is what it does anyway; in
 * the app readPdf runs inside the import worker, off the UI thread, so no
 * worker URL is configured anywhere. (Loaded into a dedicated Web Worker, the
 * worker module also listens on that worker's port and posts one
 * `{ sourceName: 'worker', targetName: 'main', action: 'ready' }` message to
 * its owner, which the owner must ignore.)
 *
 * Character maps (needed for Chinese text in fonts that are not embedded)
 * and standard fonts come from `options.pdfCMapUrl` and
 * `options.pdfStandardFontDataUrl`: URLs (http:, https:, app:…) are fetched
 * with `fetch`, and a failure is reported as a warning; filesystem paths
 * (Node only) are read by pdfjs itself, which cannot report a failure.
 */
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReadOptions, SourceDocument } from '../source-document';
import { PdfError } from './pdf-error';
import { layoutPdfPages } from './pdf-layout';
import type { PdfPageText, PdfTextItem } from './pdf-page-text';

/** The pdfjs module (its types only; the module itself is imported on first use). */
type Pdfjs = typeof PdfjsModule;

let pdfjsLoading: Promise<Pdfjs> | null = null;

/**
 * pdfjs and its worker module, imported once. Setting `globalThis.pdfjsWorker`
 * is pdfjs's documented way to run without a separate worker thread.
 */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= (async () => {
    const [pdfjs, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      // @ts-expect-error -- pdfjs-dist ships no type declarations for its worker module.
      import('pdfjs-dist/legacy/build/pdf.worker.mjs') as Promise<unknown>,
    ]);
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= worker;
    return pdfjs;
  })();
  const loading = pdfjsLoading;
  loading.catch(() => {
    if (pdfjsLoading === loading) pdfjsLoading = null;
  });
  return loading;
}

/** A URL with a scheme pdfjs cannot read from disk (http:, https:, app:…): fetched, not read as a path. */
const FETCHABLE_URL = /^(?!file:)[a-z][a-z0-9+.-]+:/iu;

/** The part of `fetch` used here (core's type library has no DOM). */
type Fetch = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** The kinds of binary data pdfjs asks for. */
type BinaryKind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';

/**
 * A pdfjs `BinaryDataFactory` that fetches with `fetch` (pdfjs's own browser
 * factory reads the page's base URI, which a Web Worker does not have) and
 * notes which kinds of data could not be had, so the reader can say so.
 */
function fetchingFactory(failed: Set<BinaryKind>) {
  return class FetchingBinaryDataFactory {
    private readonly bases: Readonly<Record<BinaryKind, string | null>>;

    constructor(bases: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) {
      this.bases = {
        cMapUrl: bases.cMapUrl ?? null,
        standardFontDataUrl: bases.standardFontDataUrl ?? null,
        wasmUrl: bases.wasmUrl ?? null,
      };
    }

    async fetch({ kind, filename }: { kind: BinaryKind; filename: string }): Promise<Uint8Array> {
      const base = this.bases[kind];
      if (!base) {
        failed.add(kind);
        throw new Error(`No ${kind} was given.`);
      }
      const url = `${base}${filename}`;
      const fetcher = (globalThis as { fetch?: Fetch }).fetch;
      try {
        if (!fetcher) throw new Error('fetch is not available');
        const response = await fetcher(url);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        failed.add(kind);
        throw new Error(`Unable to load ${url}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  };
}

/** A folder URL or path as pdfjs wants it: ending in '/'. */
function asFolder(base: string | undefined): string | undefined {
  if (base === undefined || base === '') return undefined;
  return base.endsWith('/') ? base : `${base.replace(/\\$/u, '')}/`;
}

function throwIfCancelled(options: ReadOptions): void {
  if (options.signal?.aborted) throw new PdfError('cancelled', 'The import was cancelled.');
}

/** pdfjs's exception names (its classes are not `instanceof`-safe across bundles). */
function exceptionName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' ? name : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A pdfjs failure while opening the file, as a PdfError. */
function openError(error: unknown): PdfError {
  if (error instanceof PdfError) return error;
  if (exceptionName(error) === 'PasswordException') {
    return new PdfError(
      'encrypted-pdf',
      'This PDF is password-protected. Open it in a PDF reader with its password, save or print it as a PDF without one, and import that.',
      { cause: error },
    );
  }
  return new PdfError('corrupt-pdf', `This is not a readable PDF (damaged or incomplete?): ${messageOf(error)}`, { cause: error });
}

/** Page numbers as the analyst reads them: `3`, `3, 5 and 9`, `3–7`. */
function pageList(pages: readonly number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] ?? 0) + 1) j++;
    ranges.push(j - i >= 2 ? `${pages[i]}–${pages[j]}` : pages.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  if (ranges.length <= 1) return ranges.join('');
  return `${ranges.slice(0, -1).join(', ')} and ${ranges.at(-1)}`;
}

/**
 * Reads a PDF's text into source lines (encoding 'pdf'): one line per visual
 * line, in reading order, with its page and whether it `continues` on the
 * next; running headers, footers and page numbers (and rotated margin text)
 * are in `dropped`. Warns about pages without text and about character maps
 * that could not be loaded.
 *
 * Throws PdfError: `corrupt-pdf` for bytes that are not a PDF, a damaged or
 * truncated file, or a page that cannot be read; `encrypted-pdf` for a
 * password-protected file; `no-text` when no page has any text (a scan, or
 * Chinese text without character maps: the message says which);
 * `cancelled` when `options.signal` is set before the file is opened or
 * between pages. Only a host whose bundle lacks pdfjs gets a plain Error.
 * The caller's bytes are copied, never detached.
 */
export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<SourceDocument> {
  throwIfCancelled(options);
  let pdfjs: Pdfjs;
  try {
    pdfjs = await loadPdfjs();
  } catch (error) {
    // The host's bundle is missing pdfjs: a bug of the build, not of the file.
    throw new Error(`The PDF reader (pdfjs) could not be loaded: ${messageOf(error)}`, { cause: error });
  }
  throwIfCancelled(options);

  const cMapUrl = asFolder(options.pdfCMapUrl);
  const standardFontDataUrl = asFolder(options.pdfStandardFontDataUrl);
  const given = [cMapUrl, standardFontDataUrl].filter((base) => base !== undefined);
  const failed = new Set<BinaryKind>();
  // Paths are left to pdfjs (it reads them with Node's fs); URLs, or nothing at all, go through fetch.
  const fetching = given.every((base) => FETCHABLE_URL.test(base));

  let task: ReturnType<Pdfjs['getDocument']>;
  try {
    task = pdfjs.getDocument({
      // pdfjs transfers (detaches) the buffer it is given: give it a copy.
      data: bytes.slice(),
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
      ...(fetching ? { BinaryDataFactory: fetchingFactory(failed) } : {}),
      useWorkerFetch: false,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      // Nothing is drawn: no canvases, no image decoders (and no probing of the environment for them).
      isOffscreenCanvasSupported: false,
      isImageDecoderSupported: false,
      stopAtErrors: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
  } catch (error) {
    throw openError(error);
  }

  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw openError(error);
    }
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      throwIfCancelled(options);
      try {
        const page = await pdf.getPage(number);
        const content = await page.getTextContent();
        pages.push({ view: page.view, items: content.items.flatMap((item): PdfTextItem[] => ('str' in item ? [item] : [])) });
        page.cleanup();
      } catch (error) {
        throw new PdfError('corrupt-pdf', `Page ${number} of this PDF cannot be read (damaged file?): ${messageOf(error)}`, { cause: error });
      }
    }
    throwIfCancelled(options);
    return sourceDocument(pages, failed.has('cMapUrl') ? (cMapUrl ?? null) : undefined);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * The pages' lines as a source document; `cMapFailure` is set (to the base
 * tried, or null when none was given) when character maps were asked for and
 * could not be loaded.
 */
function sourceDocument(pages: readonly PdfPageText[], cMapFailure: string | null | undefined): SourceDocument {
  const layout = layoutPdfPages(pages);
  const cMapNote =
    cMapFailure === undefined
      ? null
      : cMapFailure === null
        ? 'No character maps were given to the PDF reader (pdfCMapUrl): text in Chinese fonts that are not embedded in the file is missing.'
        : `The PDF reader's character maps could not be loaded from ${cMapFailure}: text in Chinese fonts that are not embedded in the file is missing.`;
  if (layout.lines.length === 0) {
    if (cMapNote) throw new PdfError('no-text', `No text could be read from this PDF. ${cMapNote}`);
    throw new PdfError(
      'no-text',
      pages.length === 0
        ? 'This PDF has no pages.'
        : 'This PDF has no text layer: its pages are images (a scan or a photo). Run it through OCR (text recognition) and import the result.',
    );
  }
  const warnings = [...layout.warnings];
  if (cMapNote) warnings.unshift(cMapNote);
  if (layout.emptyPages.length > 0) {
    const n = layout.emptyPages.length;
    warnings.push(`${n === 1 ? 'Page' : 'Pages'} ${pageList(layout.emptyPages)} of ${pages.length} ${n === 1 ? 'has' : 'have'} no text (scanned images?): ${n === 1 ? 'its' : 'their'} content is missing`);
  }
  return { encoding: 'pdf', lines: layout.lines, dropped: layout.dropped, warnings };
}
