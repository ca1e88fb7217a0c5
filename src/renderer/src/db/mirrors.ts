/**
 * The library's tables that views read whole, held in memory and kept
 * current (table-mirror.ts): the reports' metadata, for the library list.
 */
import { library } from './library';
import { tableMirror } from './table-mirror';

/** Read in one request: the list shows nothing until every report is in, and each request is a round trip to the browser's store. */
export const reportMirror = tableMirror(library.reports, (report) => report, { page: Infinity });
