/**
 * The codebook a new library starts with, read from `resources/codebook.json`
 * (the caller imports the JSON; core reads no files). The file is checked as
 * it is read, so a slip in it is named rather than shown as a broken panel.
 */
import { checkCodebook } from './check-codebook';
import type { Theme } from './theme';

const ENTRY_KEYS = new Set(['id', 'name', 'color', 'description', 'keywords', 'parentId']);
const FILE_KEYS = new Set(['version', 'description', 'themes']);

/** A value's kind in words, for messages. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** True for a plain JSON object. */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One entry of the file as a theme without its order; a RangeError naming the entry otherwise. */
function readEntry(entry: unknown, index: number): Omit<Theme, 'order'> {
  const where = `Codebook entry ${index}${isObject(entry) && typeof entry.name === 'string' ? ` (${entry.name})` : ''}`;
  if (!isObject(entry)) throw new RangeError(`${where} is ${kind(entry)}, not an object`);
  const unknown = Object.keys(entry).filter((key) => !ENTRY_KEYS.has(key));
  if (unknown.length > 0) throw new RangeError(`${where} has unknown field(s): ${unknown.join(', ')}`);
  for (const key of ['id', 'name', 'color', 'description'] as const) {
    if (typeof entry[key] !== 'string') throw new RangeError(`${where}: ${key} is ${kind(entry[key])}, not a string`);
  }
  const keywords = entry.keywords;
  if (!Array.isArray(keywords) || keywords.some((keyword) => typeof keyword !== 'string' || keyword.trim() === '')) {
    throw new RangeError(`${where}: keywords must be a list of non-empty strings`);
  }
  const parentId = entry.parentId ?? null;
  if (parentId !== null && typeof parentId !== 'string') throw new RangeError(`${where}: parentId is ${kind(parentId)}, not a string or null`);
  return {
    id: entry.id as string,
    name: entry.name as string,
    color: entry.color as string,
    description: entry.description as string,
    keywords: [...(keywords as string[])],
    parentId,
  };
}

/**
 * The themes of a codebook file: `{ "version": 1, "description"?: string,
 * "themes": [{ id, name, color, description, keywords, parentId? }] }`. Each
 * theme's order is its position among the entries sharing its parent, so a
 * flat file gives orders 0…n-1. Throws a RangeError naming the entry (by
 * position and name) that is malformed, or the rule of the codebook it
 * breaks (see `checkCodebook`: unique ids, names unique among siblings,
 * `#rrggbb` colours, known parents).
 */
export function defaultCodebook(json: unknown): Theme[] {
  if (!isObject(json)) throw new RangeError(`A codebook file is an object with a themes list, not ${kind(json)}`);
  const unknown = Object.keys(json).filter((key) => !FILE_KEYS.has(key));
  if (unknown.length > 0) throw new RangeError(`The codebook file has unknown field(s): ${unknown.join(', ')}`);
  if (json.version !== undefined && json.version !== 1) throw new RangeError(`Codebook file version ${String(json.version)} is not one this app reads (1)`);
  if (!Array.isArray(json.themes)) throw new RangeError(`The codebook file's themes are ${kind(json.themes)}, not a list`);
  const taken = new Map<string | null, number>();
  const themes = json.themes.map((entry: unknown, index: number): Theme => {
    const theme = readEntry(entry, index);
    const order = taken.get(theme.parentId) ?? 0;
    taken.set(theme.parentId, order + 1);
    return { ...theme, order };
  });
  checkCodebook(themes);
  return themes;
}
