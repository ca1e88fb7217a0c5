/**
 * Where pdfjs finds its character maps and standard fonts under Node: the
 * folders pdfjs-dist ships. Chinese PDFs whose fonts are not embedded give
 * no text without the character maps.
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { ReadOptions } from '../core/import/source-document';

/** The read options the CLI passes to the importer. */
export function pdfReadOptions(): ReadOptions {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    pdfCMapUrl: `${join(root, 'cmaps')}/`,
    pdfStandardFontDataUrl: `${join(root, 'standard_fonts')}/`,
  };
}
