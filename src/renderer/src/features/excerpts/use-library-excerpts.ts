/**
 * Every highlight of the library as an excerpt, read live: the reports with
 * highlights have their text read (never the others), each highlight is
 * placed in its report's text the Hypothesis way (its position if the quote
 * still stands there, else anchored) and given its citation. Highlights that
 * cannot be placed are counted, not shown: the reader lists them with their
 * report as 未能定位的划线.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Excerpt } from '../../../../core/excerpts/excerpt';
import { excerptsOfReport } from '../../../../core/excerpts/excerpts-of-report';
import type { HighlightRecord, ReportRecord, ReportTextRecord } from '../../db/db';
import { library } from '../../db/library';
import { textHashOf } from '../annotate/new-highlight';

export interface LibraryExcerpts {
  /** By report (in the library's title order), then in reading order. */
  excerpts: Excerpt[];
  /** Highlights whose passage is no longer in their report's text. */
  orphans: number;
  /** Every report of the library, for the filters. */
  reports: ReportRecord[];
  /** The texts of the reports with excerpts, for context around a passage. */
  bodies: ReadonlyMap<string, ReportTextRecord>;
}

/** The library's excerpts; undefined while they are read. */
export function useLibraryExcerpts(): LibraryExcerpts | undefined {
  return useLiveQuery(async () => {
    const [reports, highlights] = await Promise.all([library.reports.toArray(), library.highlights.toArray()]);
    const byReport = new Map<string, HighlightRecord[]>();
    for (const highlight of highlights) {
      const list = byReport.get(highlight.reportId);
      if (list) list.push(highlight);
      else byReport.set(highlight.reportId, [highlight]);
    }
    const withHighlights = reports.filter((report) => byReport.has(report.id)).sort((a, b) => a.title.localeCompare(b.title, 'zh-Hans-CN'));
    const texts = await library.reportTexts.bulkGet(withHighlights.map((report) => report.id));
    const bodies = new Map<string, ReportTextRecord>();
    const excerpts: Excerpt[] = [];
    let orphans = 0;
    for (const [index, report] of withHighlights.entries()) {
      const body = texts[index];
      const records = byReport.get(report.id) ?? [];
      if (!body) {
        orphans += records.length;
        continue;
      }
      bodies.set(report.id, body);
      const placed = excerptsOfReport(report, body, records, await textHashOf(body.text));
      excerpts.push(...placed.excerpts);
      orphans += placed.orphans.length;
    }
    return { excerpts, orphans, reports, bodies };
  }, []);
}
