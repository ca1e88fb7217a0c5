/**
 * The report texts a search has read, kept folded for the next search: an
 * analyst searches many terms in a session, and reading and folding every
 * candidate's text again is most of a search's time (bench/README.md). The
 * least recently used texts go first once the cache holds `limit` characters;
 * a text written or deleted in the library (here or in another window) is
 * forgotten as the write lands, through Dexie's `storagemutated` event.
 */
import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import { foldText, type FoldedText } from '../../../../core/text/folded-text';
import type { LibraryDatabase } from '../../db/db';

/** Characters of text kept by default: about a thousand long reports (some 100 MB with their folded forms). */
export const CACHED_CHARS = 25_000_000;

export class SearchTextCache {
  /** In order of use, the least recent first. */
  private entries = new Map<string, FoldedText>();
  private chars = 0;

  constructor(private readonly limit = CACHED_CHARS) {}

  /** The report's folded text if it is kept (it becomes the most recently used). */
  get(reportId: string): FoldedText | undefined {
    const entry = this.entries.get(reportId);
    if (entry) {
      this.entries.delete(reportId);
      this.entries.set(reportId, entry);
    }
    return entry;
  }

  /** Folds the report's text and keeps it, unless it alone is over the limit; gives the folded text either way. */
  put(reportId: string, text: string): FoldedText {
    this.forget(reportId);
    const folded = foldText(text);
    if (text.length > this.limit) return folded;
    this.entries.set(reportId, folded);
    this.chars += text.length;
    for (const [id, entry] of this.entries) {
      if (this.chars <= this.limit) break;
      this.entries.delete(id);
      this.chars -= entry.text.length;
    }
    return folded;
  }

  forget(reportId: string): void {
    const entry = this.entries.get(reportId);
    if (!entry) return;
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
