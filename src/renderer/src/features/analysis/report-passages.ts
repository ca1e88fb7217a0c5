/**
 * Each report's passages (core's `passagesByReport`), gathered once for
 * each version of the library's highlights: the heat map reads its columns
 * from them, lists the reports that have any and adds up their highlights
 * for its summary line, each time 分析 is opened.
 */
import type { CodedPassage } from '../../../../core/analysis/coded-passage';
import { passagesByReport } from '../../../../core/analysis/theme-report-matrix';
import { memoPerList } from '../../lib/memo-per-list';

export const reportPassages = memoPerList((passages: readonly CodedPassage[]) => passagesByReport(passages));
