/**
 * GUIDs for REFI-QDA: every code, source, selection, coding, variable and
 * note needs one of the form `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. The app's
 * ids are mostly UUIDs already and are kept as they are; any other id (the
 * default codebook's `rural-revitalisation`) gets a name-based UUID (RFC 4122
 * version 5, SHA-1) in the app's own namespace, so the same id always gives
 * the same GUID and an export is deterministic.
 */
import { sha1 } from './sha1';

/** The app's namespace for name-based GUIDs (a fixed random UUID). */
const NAMESPACE = '5d0f3c4e-8a51-4c1b-9a57-2f3e6b9d7c21';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/**
 * The GUID `value` spells, in lower case without braces, or null when it is
 * not a GUID. The schema allows either case and `{…}`; the readers compare
 * GUIDs in this form so references match whatever the writing tool chose.
 */
export function normaliseGuid(value: string): string | null {
  const match = GUID.exec(value.trim());
  if (!match || !match[1]) return null;
  const lower = match[1].toLowerCase();
  // A brace on one side only is not a GUID.
  return value.trim().startsWith('{') === value.trim().endsWith('}') ? lower : null;
}

/** True when `value` is a GUID the schema accepts. */
export function isGuid(value: string): boolean {
  return normaliseGuid(value) !== null && value === value.trim();
}

/** The UTF-8 bytes of `text` (lone surrogates as U+FFFD). */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return Uint8Array.from(bytes);
}

/**
 * The name-based (version 5) UUID of `name` in the UUID `namespace`, as RFC
 * 4122 §4.3 makes it: SHA-1 of the namespace's bytes and the name's UTF-8.
 */
export function nameBasedGuid(namespace: string, name: string): string {
  const space = normaliseGuid(namespace);
  if (space === null) throw new RangeError(`nameBasedGuid: namespace ${JSON.stringify(namespace)} is not a UUID`);
  const spaceBytes = Uint8Array.from(space.replace(/-/g, '').match(/../g) ?? [], (pair) => parseInt(pair, 16));
  const nameBytes = utf8(name);
  const input = new Uint8Array(spaceBytes.length + nameBytes.length);
  input.set(spaceBytes);
  input.set(nameBytes, spaceBytes.length);
  const hash = sha1(input).subarray(0, 16);
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The GUID for one of the app's ids: the id itself (lower case, no braces)
 * when it is a UUID, else the name-based UUID of `scope:id`. The scope
 * (`theme`, `report`, `highlight`…) keeps two kinds of object whose ids
 * happen to be equal words apart. Throws a RangeError for an empty id.
 */
export function qdaGuid(id: string, scope: string): string {
  if (id === '') throw new RangeError(`qdaGuid: an empty ${scope} id has no GUID`);
  return normaliseGuid(id) ?? derivedGuid(scope, id);
}

/**
 * The name-based GUID of `key` in `scope`, whatever `key` looks like: for
 * things that have no id of their own but belong to something that has (a
 * selection's note, the coding of a code on a selection, a variable by its
 * name), so they get the same GUID on every export.
 */
export function derivedGuid(scope: string, key: string): string {
  return nameBasedGuid(NAMESPACE, `${scope}:${key}`);
}
