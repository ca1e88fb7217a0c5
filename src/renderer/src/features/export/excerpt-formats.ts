/**
 * The formats excerpts export to, each with its file extension and its
 * writer. The writers are loaded when first used (the Office ones bring a
 * zip library), so they never weigh on opening the app.
 */
import type { ExcerptExport } from '../../../../core/excerpts/excerpt';

export type ExcerptFormat = 'docx' | 'xlsx' | 'csv' | 'md' | 'html' | 'json';

/** The formats in the order the export menu lists them. */
export const EXCERPT_FORMATS: readonly ExcerptFormat[] = ['docx', 'xlsx', 'csv', 'md', 'html', 'json'];

const encode = (text: string) => new TextEncoder().encode(text);

/** The bytes of `input` written as `format`. */
export async function excerptBytes(format: ExcerptFormat, input: ExcerptExport, title: string): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return (await import('../../../../core/export/docx-excerpts')).docxExcerpts(input, { title });
    case 'xlsx':
      return (await import('../../../../core/export/xlsx-excerpts')).xlsxExcerpts(input);
    case 'csv':
      return (await import('../../../../core/export/csv-excerpts')).csvExcerpts(input);
    case 'md':
      return encode((await import('../../../../core/export/markdown-excerpts')).markdownExcerpts(input));
    case 'html':
      return encode((await import('../../../../core/export/html-excerpts')).htmlExcerpts(input));
    case 'json':
      return encode((await import('../../../../core/export/json-excerpts')).jsonExcerpts(input));
  }
}
