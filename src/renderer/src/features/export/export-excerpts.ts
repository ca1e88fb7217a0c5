/**
 * Saving excerpts as a file: written in the chosen format and handed to the
 * platform (a save dialog on the desktop, a download in a browser), named
 * after what was exported (a report's title, or 摘录 and the date).
 */
import type { ExcerptExport } from '../../../../core/excerpts/excerpt';
import { safeFileName } from '../../../../core/export/safe-file-name';
import type { Platform } from '../../platform';
import { excerptBytes, type ExcerptFormat } from './excerpt-formats';

/** Writes and saves the excerpts; false when the analyst cancelled the save dialog. */
export async function exportExcerpts(platform: Platform, format: ExcerptFormat, input: ExcerptExport, name: string): Promise<boolean> {
  const bytes = await excerptBytes(format, input, name);
  const { saved } = await platform.saveFile({ suggestedName: `${safeFileName(name)}.${format}`, bytes, extensions: [format] });
  return saved;
}
