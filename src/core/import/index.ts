/** File → reports: the importer's public surface. */
export { parseReportFile } from './parse-report-file';
export { ImportError, type ImportErrorCode } from './import-error';
export { fileExtension, reportFormatOf, REPORT_FORMATS, type ReportFormat } from './report-format';
