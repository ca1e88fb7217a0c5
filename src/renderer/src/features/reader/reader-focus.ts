/**
 * A place in a report the reader is sent to from elsewhere (an excerpt, a
 * search result, a cell of the analysis): a highlight to open, or a passage
 * to select so it can be tagged at once. `seq` tells one request from the
 * next, so asking for the same place twice goes there twice.
 */
export interface ReaderFocus {
  reportId: string;
  /** The highlight to scroll to and open. */
  highlightId?: string;
  /** The passage to scroll to and select, in UTF-16 code units of the report's text. */
  range?: { start: number; end: number };
  seq: number;
}
