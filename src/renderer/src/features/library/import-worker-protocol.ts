/**
 * The messages between the UI thread and the import worker. The UI thread
 * posts one request per file (its bytes transferred, not copied); the worker
 * answers each with the parse result or a failure with a code.
 */
import type { ParseResult } from '../../../../core/report/report';
import type { ImportFailure } from './import-outcome';

/** Parse this file. `id` pairs the answer with the request. */
export interface ImportRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** The worker's answer to one request. */
export type ImportReply = { id: number; ok: true; result: ParseResult } | { id: number; ok: false; failure: ImportFailure };
