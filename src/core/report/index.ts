/** Text → report: the report module's public surface. */
export type { Block, ParsedReport, ParseResult, PlaceLevel, TextEncodingName } from './report';
export { parseReportText } from './parse-report-text';
export { checkReport } from './check-report';
export { headingLevel, HEADING_MAX_LENGTH } from './heading-level';
export { reportLines } from './report-lines';
export { reportPlace, PLACE_LEVELS, type PlaceReading } from './report-place';
export { readTitle, unspaceTitle, TITLE_MAX_LENGTH, type TitleReading } from './report-title';
export { reportYear, yearInTitle, type YearMention } from './report-year';
