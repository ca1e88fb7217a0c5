/**
 * The library's reports in an order of the analyses (report-order.ts),
 * sorted once for each version of the library and order: sorting thousands
 * of reports with the collator takes longer than the theme × report matrix
 * itself, and 分析 is opened again and again over the same library.
 */
import { sortReports, type ReportHeading, type ReportOrder } from '../../../../core/analysis/report-order';
import { memoPerList } from '../../lib/memo-per-list';

export const sortedReports = memoPerList((reports: readonly ReportHeading[], order: ReportOrder): readonly ReportHeading[] => sortReports(reports, order));
