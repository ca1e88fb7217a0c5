/**
 * The sample report the project wrote and ships in resources/, added to the
 * library on first start so a newcomer sees the app working at once. Once
 * added it is the analyst's to keep or delete: it never comes back unasked.
 */
import sampleText from '../../../../../resources/sample-report.txt?raw';
import type { LibraryDatabase } from '../../db/db';
import { importReports, type ReportParser } from './import-reports';

const SAMPLE_SETTING = 'sample-report-added';
export const SAMPLE_FILE_NAME = '示例报告.txt';

/**
 * Adds the sample report unless it was added before; safe to call twice at
 * once (the library's unique file index keeps the second copy out). Gives
 * the new report's id when this call added it, else null. That it was added
 * is written only once the report is stored (or found stored, by a start cut
 * off before it could say so), so a first start cut off before the report
 * was stored adds it at the next start rather than never.
 */
export async function ensureSampleReport(db: LibraryDatabase, parse: ReportParser): Promise<string | null> {
  if (await db.settings.get(SAMPLE_SETTING)) return null;
  const bytes = new TextEncoder().encode(sampleText);
  const [outcome] = await importReports(db, [{ name: SAMPLE_FILE_NAME, size: bytes.length, ok: true, bytes }], { sample: true, parse });
  if (outcome?.status !== 'imported' && outcome?.status !== 'duplicate') return null;
  const claimed = await db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(SAMPLE_SETTING)) return false;
    await db.settings.put({ key: SAMPLE_SETTING, value: new Date().toISOString() });
    return true;
  });
  return claimed && outcome.status === 'imported' ? (outcome.reportIds[0] ?? null) : null;
}
