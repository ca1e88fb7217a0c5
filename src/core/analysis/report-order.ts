/**
 * The order reports are laid out in across the analyses, and the short
 * label each goes by there (`湖北省 2024`).
 */

/** What ordering and labelling need of a report: its metadata, never its text. */
export interface ReportHeading {
  id: string;
  title: string;
  place: string | null;
  year: number | null;
}

/** How the reports are sorted: by place (pinyin order) or by year. */
export type ReportOrder = 'place' | 'year';

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function nullsLast<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return compare(a, b);
}

/**
 * Compares reports by place in Chinese (pinyin) collation, the same as
 * `localeCompare(…, 'zh-Hans-CN')`, then by year (oldest first), then by
 * title; reports without a place come last, among themselves by title.
 */
export function compareByPlace(a: ReportHeading, b: ReportHeading): number {
  return (
    nullsLast(a.place, b.place, (x, y) => collator.compare(x, y)) ||
    nullsLast(a.year, b.year, (x, y) => x - y) ||
    collator.compare(a.title, b.title) ||
    collator.compare(a.id, b.id)
  );
}

/**
 * Compares reports by year (oldest first), then by place in Chinese collation,
 * then by title; reports without a year come last.
 */
export function compareByYear(a: ReportHeading, b: ReportHeading): number {
  return (
    nullsLast(a.year, b.year, (x, y) => x - y) ||
    nullsLast(a.place, b.place, (x, y) => collator.compare(x, y)) ||
    collator.compare(a.title, b.title) ||
    collator.compare(a.id, b.id)
  );
}

/** A sorted copy of `reports`; the list given is left as it was. */
export function sortReports<T extends ReportHeading>(reports: readonly T[], order: ReportOrder): T[] {
  return [...reports].sort(order === 'place' ? compareByPlace : compareByYear);
}

/**
 * A report's short label: `地点 年份` (`湖北省 2024`), the place alone when the
 * year is unknown, the title (with the year after it, if known and not in the
 * title already) when the place is unknown.
 */
export function reportLabel(report: ReportHeading): string {
  if (report.place) return report.year === null ? report.place : `${report.place} ${report.year}`;
  const title = report.title.trim() || report.id;
  return report.year === null || title.includes(String(report.year)) ? title : `${title} ${report.year}`;
}
