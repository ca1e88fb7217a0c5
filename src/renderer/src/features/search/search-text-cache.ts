/**
 * The report texts a search has read, kept folded and indexed by position
 * (core/search/text-index) for the next search: an analyst searches many
 * terms in a session, and reading, folding and scanning every report's text
 * again would be most of a search's time (bench/README.md). The
 * least recently used texts go first once the cache holds `limit` characters;
 * a text written or deleted in the library (here or in another window) is
 * forgotten as the write lands, through Dexie's `storagemutated` event.
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { foldText } from '../../../../core/text/folded-text';
import { libraryPairs, type LibraryPairs } from '../../../../core/search/library-pairs';
import { indexedText, type IndexedText } from '../../../../core/search/text-index';
import type { LibraryDatabase } from '../../db/db';

/**
 * Characters of text kept by default: a thousand reports of 25,000 characters.
 * Each character costs about 6 bytes kept (the text, its folded form, its
 * offset in the index), so some 150 MB at the limit.
 */
export const CACHED_CHARS = 25_000_000;

/** Every text kept, numbered, with the table of which of them hold each pair (core/search/library-pairs). */
export interface KeptTexts {
  ids: readonly string[];
  texts: readonly IndexedText[];
  pairs: LibraryPairs;
}

export class SearchTextCache {
  /** In order of use, the least recent first. */
  private entries = new Map<string, IndexedText>();
  private chars = 0;
  /** The texts kept as one table, made on first use after a change. */
  private table: KeptTexts | null = null;
  /** Goes up each time a text is kept or forgotten. */
  version = 0;

  constructor(private readonly limit = CACHED_CHARS) {}

  /** The report's folded, indexed text if it is kept (it becomes the most recently used). */
  get(reportId: string): IndexedText | undefined {
    const entry = this.entries.get(reportId);
    if (entry) {
      this.entries.delete(reportId);
      this.entries.set(reportId, entry);
    }
    return entry;
  }

  /** True when the report's text is kept (without making it the most recently used). */
  has(reportId: string): boolean {
    return this.entries.has(reportId);
  }

  /** The report's kept text, without making it the most recently used. */
  peek(reportId: string): IndexedText | undefined {
    return this.entries.get(reportId);
  }

  /**
   * Every text kept, with the table of which hold each pair: made again after
   * texts are kept or forgotten (a tenth of a second or so for a thousand
   * reports), so the first search after an import pays for it.
   */
  kept(): KeptTexts {
    if (!this.table) {
      const ids = [...this.entries.keys()];
      const texts = [...this.entries.values()];
      this.table = { ids, texts, pairs: libraryPairs(texts.map((text) => text.index)) };
    }
    return this.table;
  }

  /** Folds and indexes the report's text and keeps it, unless it alone is over the limit; gives it either way. */
  put(reportId: string, text: string): IndexedText {
    this.forget(reportId);
    this.table = null;
    this.version += 1;
    const indexed = indexedText(foldText(text));
    if (text.length > this.limit) return indexed;
    this.entries.set(reportId, indexed);
    this.chars += text.length;
    for (const [id, entry] of this.entries) {
      if (this.chars <= this.limit) break;
      this.entries.delete(id);
      this.chars -= entry.text.length;
    }
    return indexed;
  }

  forget(reportId: string): void {
    const entry = this.entries.get(reportId);
    if (!entry) return;
    this.table = null;
    this.version += 1;
    this.entries.delete(reportId);
    this.chars -= entry.text.length;
  }

  /** Forgets the texts of `database` that the mutation `parts` wrote or deleted. */
  forgetChanged(parts: ObservabilitySet, database: string): void {
    for (const part of [`idb://${database}/reportTexts/`, `idb://${database}/reportTexts/:dels`]) {
      const tree = parts[part];
      if (!tree) continue;
      const changed = RangeSet(tree);
      for (const id of [...this.entries.keys()]) if (changed.hasKey(id)) this.forget(id);
    }
  }

  /** How many texts and characters are kept. */
  get size(): { texts: number; chars: number } {
    return { texts: this.entries.size, chars: this.chars };
  }
}

const caches = new Map<string, SearchTextCache>();

/** The cache of the database named as `db` is, made and hooked to the library's writes on first use. */
export function searchTextCache(db: LibraryDatabase): SearchTextCache {
  let cache = caches.get(db.name);
  if (!cache) {
    const made = new SearchTextCache();
    Dexie.on('storagemutated', (parts) => made.forgetChanged(parts, db.name));
    caches.set(db.name, made);
    cache = made;
  }
  return cache;
}
