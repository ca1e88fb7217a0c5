/**
 * The excerpt writers the export benchmark times, by name: core's XLSX and
 * DOCX writers, and for completeness its CSV, Markdown, HTML and JSON ones,
 * each called as the app calls it.
 */
import type { ExcerptExport } from '../../src/core/excerpts/excerpt';
import { csvExcerpts } from '../../src/core/export/csv-excerpts';
import { docxExcerpts } from '../../src/core/export/docx-excerpts';
import { htmlExcerpts } from '../../src/core/export/html-excerpts';
import { jsonExcerpts } from '../../src/core/export/json-excerpts';
import { markdownExcerpts } from '../../src/core/export/markdown-excerpts';
import { xlsxExcerpts } from '../../src/core/export/xlsx-excerpts';

/** The writers, in the order the tables list them. */
export const WRITERS = ['xlsx', 'docx', 'csv', 'markdown', 'html', 'json'] as const;
export type WriterName = (typeof WRITERS)[number];

/** True for a writer's name. */
export function isWriter(name: string): name is WriterName {
  return (WRITERS as readonly string[]).includes(name);
}

/**
 * Writes `input` with the writer `name`, as the app calls it: bytes for the
 * zipped and CSV formats, a string for the text formats.
 */
export async function writeExcerpts(name: WriterName, input: ExcerptExport): Promise<Uint8Array | string> {
  switch (name) {
    case 'xlsx':
      return xlsxExcerpts(input);
    case 'docx':
      return docxExcerpts(input, { title: '摘录（导出基准）' });
    case 'csv':
      return csvExcerpts(input);
    case 'markdown':
      return markdownExcerpts(input);
    case 'html':
      return htmlExcerpts(input);
    case 'json':
      return jsonExcerpts(input);
  }
}

/** The size in bytes of a written file (a string as UTF-8). */
export function fileSize(output: Uint8Array | string): number {
  return typeof output === 'string' ? Buffer.byteLength(output, 'utf8') : output.byteLength;
}
