/**
 * The default codebook (resources/codebook.json) written to a new library on
 * first start. Once written the codebook is the analyst's: deleting every
 * theme leaves it empty, the defaults never come back unasked.
 */
import codebookFile from '../../../../../resources/codebook.json';
import { defaultCodebook } from '../../../../core/themes/default-codebook';
import type { LibraryDatabase } from '../../db/db';

const CODEBOOK_SETTING = 'default-codebook-added';

/** Adds the default themes unless they were added before; safe to call twice at once. */
export async function ensureCodebook(db: LibraryDatabase): Promise<void> {
  const themes = defaultCodebook(codebookFile);
  await db.transaction('rw', db.settings, db.themes, async () => {
    if (await db.settings.get(CODEBOOK_SETTING)) return;
    await db.settings.put({ key: CODEBOOK_SETTING, value: new Date().toISOString() });
    // A library that already has themes (restored, imported) keeps them as they are.
    if ((await db.themes.count()) === 0) await db.themes.bulkAdd(themes);
  });
}
