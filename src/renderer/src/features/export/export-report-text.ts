/**
 * Saving one report's plain text as a .txt file that Word, WPS and Notepad
 * open without asking for an encoding: UTF-8 with a BOM, CRLF line ends.
 * The file is named after the report's title.
 */
import { safeFileName } from '../../../../core/export/safe-file-name';
import type { LibraryDatabase } from '../../db/db';
import type { Platform } from '../../platform';

/** The bytes of a report's text file. */
export function reportTextBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}\r\n`);
}

/** Asks the platform to save the report's text; false when cancelled or the report is gone. */
export async function exportReportText(db: LibraryDatabase, platform: Platform, reportId: string): Promise<boolean> {
  const [report, body] = await Promise.all([db.reports.get(reportId), db.reportTexts.get(reportId)]);
  if (!report || !body) return false;
  const { saved } = await platform.saveFile({
    suggestedName: `${safeFileName(report.title)}.txt`,
    bytes: reportTextBytes(body.text),
    extensions: ['txt'],
  });
  return saved;
}
