/**
 * What importing one file gave, for the result list: imported, already in the
 * library, or failed with a code the interface turns into words.
 */

/** Why a file could not be imported. Codes come from the gateway, the core or storage. */
export interface ImportFailure {
  code: string;
  detail: string;
}

export type ImportOutcome =
  | { name: string; status: 'imported'; reportIds: string[]; titles: string[] }
  | { name: string; status: 'duplicate'; reportIds: string[]; titles: string[] }
  | { name: string; status: 'failed'; failure: ImportFailure };

/** Turns anything thrown while importing into a failure with a code. */
export function toImportFailure(error: unknown): ImportFailure {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return { code, detail: error.message };
    if (error.name === 'QuotaExceededError') return { code: 'storage-full', detail: error.message };
    return { code: 'unexpected', detail: error.message };
  }
  return { code: 'unexpected', detail: String(error) };
}
