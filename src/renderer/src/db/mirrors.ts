/**
 * The library's tables that views read whole, held in memory and kept
 * current (table-mirror.ts): the reports' metadata, for the library list and
 * the analyses, and every highlight as a coded passage (where it is and its
 * themes, nothing else), for the analyses.
 */
import type { CodedPassage } from '../../../core/analysis/coded-passage';
import { library } from './library';
import { tableMirror } from './table-mirror';

/** Read in one request: the list shows nothing until every report is in, and each request is a round trip to the browser's store. */
export const reportMirror = tableMirror(library.reports, (report) => report, { page: Infinity });

/**
 * The ids the passages carry, each kept once: 50,000 highlights name a few
 * thousand reports and a few dozen themes. Besides the memory, the analyses
 * look each id up in a Map for every passage, and a string works out its
 * hash once, at its first look-up: here, while the highlights are read.
 */
const ids = new Map<string, string>();
function kept(id: string): string {
  const known = ids.get(id);
  if (known !== undefined) return known;
  ids.set(id, id);
  return id;
}

/** Read in small pages: it is read when the app is idle (see LazyAnalysisView), and must not hold up what the analyst does then. */
export const codedPassageMirror = tableMirror(
  library.highlights,
  ({ reportId, themeIds, selectors }): CodedPassage => ({ reportId: kept(reportId), themeIds: themeIds.map(kept), start: selectors.position.start, end: selectors.position.end }),
  { page: 1000 },
);
