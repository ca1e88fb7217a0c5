/**
 * What importing one file gave, for the result list: imported, already in the
 * library, a project or codebook taken in, failed with a code the interface
 * turns into words, or cancelled.
 */
import { storageProblemOf } from '../../db/storage-problem';

/** Why a file could not be imported. Codes come from the gateway, the core, the worker or storage. */
export interface ImportFailure {
  code: string;
  detail: string;
}

export type ImportOutcome =
  | {
      name: string;
      status: 'imported';
      reportIds: string[];
      titles: string[];
      /** Titles a compilation's table of contents lists but the file does not hold. */
      missing: string[];
      /** How many of the imported reports were cut off (a paywall, a truncated file). */
      incomplete: number;
    }
  | { name: string; status: 'duplicate'; reportIds: string[]; titles: string[] }
  | {
      /** A REFI-QDA project (.qdpx) or codebook (.qdc) taken into the library. */
      name: string;
      status: 'project';
      /** The reports added (sources already in the library are skipped). */
      reportIds: string[];
      duplicates: number;
      themes: { added: number; merged: number };
      highlights: { added: number; skipped: number };
    }
  | { name: string; status: 'failed'; failure: ImportFailure }
  | { name: string; status: 'cancelled' };

/** A failure raised on the UI thread's side of the import (timeout, cancel, a worker that died), with its code. */
export class ImportFailureError extends Error {
  override readonly name = 'ImportFailureError';
  readonly code: string;

  constructor(failure: ImportFailure) {
    super(failure.detail);
    this.code = failure.code;
  }
}

/** Turns anything thrown while importing into a failure with a code. */
export function toImportFailure(error: unknown): ImportFailure {
  const problem = storageProblemOf(error);
  if (problem) return { code: problem, detail: error instanceof Error ? error.message : String(error) };
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return { code, detail: error.message };
    return { code: 'unexpected', detail: error.message };
  }
  return { code: 'unexpected', detail: String(error) };
}
