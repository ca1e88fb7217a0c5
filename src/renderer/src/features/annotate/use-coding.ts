/**
 * The coding session of the open report: its highlights (read live from the
 * library by the caller, placed here in its text), the passage the analyst has selected, the
 * highlight that is open, and the actions on them. Every action goes through
 * the undo history and writes in one transaction; a write that fails leaves
 * the library as it was and its reason in `error`.
 */
import { useCallback, useMemo, useState } from 'react';
import { describeRange } from '../../../../core/anchoring/describe-range';
import type { Theme } from '../../../../core/themes/theme';
import type { HighlightRecord } from '../../db/db';
import { library } from '../../db/library';
import { sha256Hex } from '../../lib/sha256';
import { addHighlight, editHighlight, removeHighlights, toggleTheme, withNote } from './highlight-actions';
import { placeHighlights, type Placement } from './place-highlights';
import type { PlacedHighlight } from './placed-highlight';
import { undoHistory } from './undo';

/** A passage the analyst selected and has not yet highlighted, with where it shows on screen. */
export interface PendingPassage {
  start: number;
  end: number;
  /** The selection's last line box, where the toolbar goes. */
  rect: DOMRect;
}

const LAST_THEME_KEY = 'report-reader.last-theme';

/**
 * Draws a highlight at once, before its write reaches the library and the
 * library's answer comes back (`show`), and takes it away again if the write
 * fails (`withdraw`). The reader gives the highlight layer's.
 */
export interface HighlightPreview {
  show(highlight: PlacedHighlight): void;
  withdraw(): void;
}

export interface Coding {
  records: readonly HighlightRecord[];
  placement: Placement;
  pending: PendingPassage | null;
  setPending(passage: PendingPassage | null): void;
  /** The highlight that is open (popover) or was just made. */
  activeId: string | null;
  setActiveId(id: string | null): void;
  /** Whether the open highlight's popover shows, and whether its note field is to be focused. */
  popover: 'closed' | 'open' | 'note';
  setPopover(state: 'closed' | 'open' | 'note'): void;
  lastThemeId: string | null;
  /** Tags the selected passage (a new highlight, or the highlight already on exactly that passage) or toggles the theme on the open one. */
  applyTheme(themeId: string): Promise<void>;
  /** Opens the note: of the open highlight, or of a new untagged highlight on the selected passage. */
  openNote(): Promise<void>;
  saveNote(id: string, note: string): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  /** Why the last action could not be saved, in the error's words; null after a success. */
  error: unknown;
  clearError(): void;
}

/** The coding of report `reportId`, whose stored highlights are `records`. */
export function useCoding(reportId: string, text: string, themes: readonly Theme[], records: readonly HighlightRecord[], preview?: HighlightPreview): Coding {
  const placement = useMemo(() => placeHighlights(text, records), [text, records]);
  const [pending, setPending] = useState<PendingPassage | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [popover, setPopover] = useState<'closed' | 'open' | 'note'>('closed');
  const [lastThemeId, setLastThemeId] = useState<string | null>(() => localStorage.getItem(LAST_THEME_KEY));
  const [error, setError] = useState<unknown>(null);
  // The hash of the text highlights are made against, worked out once per text, before it is needed.
  const textHash = useMemo(() => {
    const hash = sha256Hex(new TextEncoder().encode(text));
    hash.catch(() => {});
    return hash;
  }, [text]);

  const byId = useMemo(() => new Map(records.map((record) => [record.id, record])), [records]);

  const run = useCallback(async (action: Parameters<typeof undoHistory.perform>[0]) => {
    try {
      await undoHistory.perform(action);
      setError(null);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  }, []);

  /** A new highlight on the pending passage, stored; null when it could not be. */
  const createOnPending = useCallback(
    async (themeIds: string[]): Promise<HighlightRecord | null> => {
      if (!pending) return null;
      const now = new Date().toISOString();
      const record: HighlightRecord = {
        id: crypto.randomUUID(),
        reportId,
        themeIds,
        note: '',
        selectors: describeRange(text, pending.start, pending.end),
        textHash: await textHash,
        createdAt: now,
        updatedAt: now,
      };
      preview?.show({ id: record.id, start: pending.start, end: pending.end, themeIds });
      const stored = await run(addHighlight(library, record));
      if (!stored) preview?.withdraw();
      return stored ? record : null;
    },
    [pending, reportId, text, textHash, run, preview],
  );

  const rememberTheme = useCallback((themeId: string) => {
    setLastThemeId(themeId);
    localStorage.setItem(LAST_THEME_KEY, themeId);
  }, []);

  const applyTheme = useCallback(
    async (themeId: string) => {
      if (!themes.some((theme) => theme.id === themeId)) return;
      rememberTheme(themeId);
      if (pending) {
        const same = placement.placed.find((h) => h.start === pending.start && h.end === pending.end);
        const existing = same ? byId.get(same.id) : undefined;
        window.getSelection()?.removeAllRanges();
        setPending(null);
        if (existing) {
          if (!existing.themeIds.includes(themeId)) await run(editHighlight(library, existing.id, (h) => toggleTheme(h, themeId, new Date(), 'add'), 'history.addTheme'));
          setActiveId(existing.id);
          return;
        }
        const made = await createOnPending([themeId]);
        if (made) setActiveId(made.id);
        return;
      }
      const active = activeId ? byId.get(activeId) : undefined;
      if (!active) return;
      const label = active.themeIds.includes(themeId) ? 'history.removeTheme' : 'history.addTheme';
      await run(editHighlight(library, active.id, (h) => toggleTheme(h, themeId, new Date()), label));
    },
    [themes, pending, placement, byId, activeId, run, createOnPending, rememberTheme],
  );

  const openNote = useCallback(async () => {
    if (pending) {
      window.getSelection()?.removeAllRanges();
      setPending(null);
      const made = await createOnPending([]);
      if (!made) return;
      setActiveId(made.id);
      setPopover('note');
      return;
    }
    if (activeId && byId.has(activeId)) setPopover('note');
  }, [pending, activeId, byId, createOnPending]);

  const saveNote = useCallback(
    async (id: string, note: string) => {
      const highlight = byId.get(id);
      if (!highlight || highlight.note === note.trimEnd()) return;
      await run(editHighlight(library, id, (h) => withNote(h, note, new Date()), 'history.editNote'));
    },
    [byId, run],
  );

  const remove = useCallback(
    async (ids: readonly string[]) => {
      const doomed = ids.map((id) => byId.get(id)).filter((h): h is HighlightRecord => h !== undefined);
      if (doomed.length === 0) return;
      if (await run(removeHighlights(library, doomed))) {
        setActiveId(null);
        setPopover('closed');
      }
    },
    [byId, run],
  );

  return {
    records,
    placement,
    pending,
    setPending,
    activeId,
    setActiveId,
    popover,
    setPopover,
    lastThemeId,
    applyTheme,
    openNote,
    saveNote,
    remove,
    error,
    clearError: () => setError(null),
  };
}
