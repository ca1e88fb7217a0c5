/**
 * How many highlights each report has (core's `highlightCounts`), counted
 * once for each version of the library's highlights: the heat map lists the
 * reports that have any, and its summary line adds their highlights up, each
 * time 分析 is opened.
 */
import { highlightCounts } from '../../../../core/analysis/theme-report-matrix';
import { memoPerList } from '../../lib/memo-per-list';

export const reportHighlightCounts = memoPerList(highlightCounts);
