/**
 * The import worker: parses report files with the core, off the UI thread,
 * so a large or pathological file never freezes the window. It answers each
 * request with the parse result or a failure code; hashing, the duplicate
 * check and storing stay on the UI thread (import-reports.ts). The UI thread
 * terminates this worker to cancel, or when a file runs over its time box.
 */
import { parseReportFile } from '../../../../core/import/parse-report-file';
import type { ReadOptions } from '../../../../core/import/source-document';
import { toImportFailure } from './import-outcome';
import type { ImportReply, ImportRequest } from './import-worker-protocol';
import { PDF_CMAP_DIR, PDF_STANDARD_FONT_DIR } from './pdf-assets';

/** The part of a dedicated worker's global scope used here (the web tsconfig has DOM types, not WebWorker). */
interface WorkerScope {
  location: { href: string };
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(reply: ImportReply): void;
}

const scope = self as unknown as WorkerScope;

/**
 * The folder index.html is served from. The build emits this worker into
 * `assets/`, one folder below it; the development server serves the source
 * tree from its root.
 */
function rendererRoot(): URL {
  return new URL(import.meta.env.DEV ? '/' : '../', scope.location.href);
}

/**
 * THE PLACE WHERE READ OPTIONS ARE BUILT: what format readers get from the
 * host. pdfjs's character maps and standard fonts are copied into the build
 * (see pdf-assets.ts); further pdf settings belong here too.
 */
function buildReadOptions(): ReadOptions {
  const root = rendererRoot();
  return {
    pdfCMapUrl: new URL(PDF_CMAP_DIR, root).href,
    pdfStandardFontDataUrl: new URL(PDF_STANDARD_FONT_DIR, root).href,
  };
}

const readOptions = buildReadOptions();

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  parseReportFile(bytes, name, readOptions).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) => scope.postMessage({ id, ok: false, failure: toImportFailure(error) }),
  );
};
