/**
 * A new highlight's record, as every way of making one makes it (a selection
 * in the reader, a search result tagged from the list, an accepted
 * auto-coding suggestion): its selectors over the report's text and that
 * text's hash, so it can be found again when the text changes.
 */
import { describeRange } from '../../../../core/anchoring/describe-range';
import type { HighlightRecord } from '../../db/db';
import { sha256Hex } from '../../lib/sha256';

/** The SHA-256 (hex) of a report's text, as highlights record it in `textHash`. */
export function textHashOf(text: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(text));
}

export interface NewHighlight {
  reportId: string;
  /** The report's text and the passage's offsets in it (UTF-16 code units). */
  text: string;
  start: number;
  end: number;
  themeIds: string[];
  note?: string;
  /** `textHashOf(text)`, worked out once per text by the caller. */
  textHash: string;
  /** ISO 8601 time of creation. */
  now: string;
}

/** The record of a new highlight with a fresh id. */
export function newHighlightRecord({ reportId, text, start, end, themeIds, note = '', textHash, now }: NewHighlight): HighlightRecord {
  return { id: crypto.randomUUID(), reportId, themeIds, note, selectors: describeRange(text, start, end), textHash, createdAt: now, updatedAt: now };
}
