/**
 * Tagging a passage from outside the reader (a search result): a new
 * highlight of the passage with the theme, made from the report's stored
 * text and recorded in the undo history like one made in the reader.
 */
import type { LibraryDatabase } from '../../db/db';
import { addHighlight } from './highlight-actions';
import { newHighlightRecord, textHashOf } from './new-highlight';
import { undoHistory } from './undo';

/** Highlights `[range.start, range.end)` of the report with the theme; rejects when the report or its text is gone. */
export async function tagPassage(db: LibraryDatabase, reportId: string, range: { start: number; end: number }, themeId: string): Promise<void> {
  const body = await db.reportTexts.get(reportId);
  if (!body) throw new RangeError(`tagPassage: report ${reportId} has no text in the library`);
  if (range.start < 0 || range.end > body.text.length || range.start >= range.end) throw new RangeError(`tagPassage: [${range.start}, ${range.end}) is not a passage of report ${reportId}`);
  const record = newHighlightRecord({ reportId, text: body.text, ...range, themeIds: [themeId], textHash: await textHashOf(body.text), now: new Date().toISOString() });
  await undoHistory.perform(addHighlight(db, record));
}
