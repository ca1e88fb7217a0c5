/**
 * Why an action failed, in words for the analyst: a storage problem (a full
 * disk, a read-only library) in plain words; anything else by its message.
 */
import { storageProblemOf } from '../db/storage-problem';
import type { I18n } from './i18n';

export function failureReason(t: I18n['t'], error: unknown): string {
  const problem = storageProblemOf(error);
  if (problem) return t(`storage.problem.${problem}`);
  return error instanceof Error ? error.message : String(error);
}
