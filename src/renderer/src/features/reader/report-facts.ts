/** The facts bar's entries for a report: place and year always, the other metadata when the report has it. */
import type { ReportRecord } from '../../db/db';
import type { I18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

export function reportFacts(report: ReportRecord, { t, locale }: I18n): [MessageKey, string][] {
  const numberFormat = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-GB');
  const place = report.place === null ? '—' : report.placeLevel === null ? report.place : t('reader.meta.placeLevel', { place: report.place, level: report.placeLevel });
  const optional: [MessageKey, string | null][] = [
    ['reader.meta.region', report.region],
    ['reader.meta.date', report.date],
    ['reader.meta.published', report.published],
    ['reader.meta.speaker', report.speaker],
    ['reader.meta.source', report.source],
    ['reader.meta.author', report.author],
    ['reader.meta.compilation', report.compilationTitle],
  ];
  return [
    ['reader.meta.place', place],
    ['reader.meta.year', report.year === null ? '—' : String(report.year)],
    ...optional.filter((fact): fact is [MessageKey, string] => fact[1] !== null && fact[1] !== ''),
    ['reader.meta.size', numberFormat.format(report.size)],
    ['reader.meta.file', report.sourceName],
    ['reader.meta.encoding', report.encoding.toUpperCase()],
  ];
}
