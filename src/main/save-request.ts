/**
 * Checking the one request the page sends with data in it. The renderer is
 * our code, but IPC arguments are still input: they are checked before use.
 */
import type { SaveRequest } from '../shared/ipc';

const EXTENSION = /^[A-Za-z0-9]{1,16}$/;

/**
 * The argument of `files:save` as a {@link SaveRequest}, or null when it is
 * not one: `suggestedName` must be a string of at most 1000 characters,
 * `bytes` a Uint8Array, and `extensions` at most 20 alphanumeric extensions
 * without dots. The result is a fresh object holding only those fields.
 */
export function parseSaveRequest(value: unknown): SaveRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const { suggestedName, bytes, extensions } = value as Record<string, unknown>;
  if (typeof suggestedName !== 'string' || suggestedName.length > 1000) return null;
  if (!(bytes instanceof Uint8Array)) return null;
  if (!Array.isArray(extensions) || extensions.length > 20) return null;
  if (!extensions.every((e): e is string => typeof e === 'string' && EXTENSION.test(e))) return null;
  return { suggestedName, bytes, extensions: [...extensions] };
}
