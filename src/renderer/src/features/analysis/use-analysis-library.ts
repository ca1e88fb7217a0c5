/**
 * The library as the analyses read it, kept live: every report's heading
 * (metadata only, never its text) and every highlight as a coded passage
 * (reports, themes, offsets; no note or quote kept). The two tables are
 * watched apart, so coding a passage does not read the reports again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import type { ReportHeading } from '../../../../core/analysis/report-order';
import { library } from '../../db/library';

/** Every report's heading; undefined while loading. */
export function useReportHeadings(): ReportHeading[] | undefined {
  return useLiveQuery(async () => (await library.reports.toArray()).map(({ id, title, place, year }) => ({ id, title, place, year })), []);
}

/** Every highlight of the library as a coded passage; undefined while loading. */
export function useCodedPassages(): CodedPassage[] | undefined {
  return useLiveQuery(
    async () =>
      (await library.highlights.toArray()).map(({ reportId, themeIds, selectors }) => ({ reportId, themeIds, start: selectors.position.start, end: selectors.position.end })),
    [],
  );
}
