/**
 * The coding session of the open report: its highlights (read live from the
 * library by the caller, placed here in its text), the passage the analyst has selected, the
 * highlight that is open, and the actions on them. Every action goes through
 * the undo history and writes in one transaction; a write that fails leaves
 * the library as it was and its reason in `error`.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import type { HighlightRecord } from '../../db/db';
import { library } from '../../db/library';
import { newHighlightRecord, textHashOf } from './new-highlight';
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
  /** The open highlight's record, including one made a moment ago that the library has not yet given back. */
  activeRecord: HighlightRecord | undefined;
  /** The selected passage and the open highlight as of now, ahead of the next render (for key handlers). */
  current(): { pending: PendingPassage | null; activeId: string | null };
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
  // The selection and the open highlight as of the last key press, not the last render: keys pressed
  // faster than React renders (5 then N) must see the highlight the first one made.
  const latest = useRef<{ pending: PendingPassage | null; activeId: string | null }>({ pending: null, activeId: null });
  const choosePassage = useCallback((passage: PendingPassage | null) => {
    latest.current.pending = passage;
    setPending(passage);
  }, []);
  const chooseHighlight = useCallback((id: string | null) => {
    latest.current.activeId = id;
    setActiveId(id);
  }, []);
  const current = useCallback(() => ({ ...latest.current }), []);
  // The highlight made last, until the library's answer includes it: its note can be opened at once.
  const [fresh, setFresh] = useState<HighlightRecord | null>(null);
  // The hash of the text highlights are made against, worked out once per text, before it is needed.
  const textHash = useMemo(() => {
    const hash = textHashOf(text);
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

  /**
   * A new highlight on `passage`, open at once (drawn as a preview before it is
   * stored); null, and nothing open, when it could not be stored.
   */
  const createOn = useCallback(
    async (passage: PendingPassage, themeIds: string[]): Promise<HighlightRecord | null> => {
      const record = newHighlightRecord({ reportId, text, start: passage.start, end: passage.end, themeIds, textHash: await textHash, now: new Date().toISOString() });
      preview?.show({ id: record.id, start: passage.start, end: passage.end, themeIds });
      setFresh(record);
      chooseHighlight(record.id);
      const stored = await run(addHighlight(library, record));
      if (stored) return record;
      preview?.withdraw();
      if (latest.current.activeId === record.id) chooseHighlight(null);
      // The passage stays chosen, so the analyst can try again once the reason (a full disk) is dealt with.
      if (latest.current.pending === null) choosePassage(passage);
      return null;
    },
    [reportId, text, textHash, run, preview, chooseHighlight, choosePassage],
  );

  const rememberTheme = useCallback((themeId: string) => {
    setLastThemeId(themeId);
    localStorage.setItem(LAST_THEME_KEY, themeId);
  }, []);

  const applyTheme = useCallback(
    async (themeId: string) => {
      if (!themes.some((theme) => theme.id === themeId)) return;
      rememberTheme(themeId);
      const { pending: passage, activeId: openId } = latest.current;
      if (passage) {
        const same = placement.placed.find((h) => h.start === passage.start && h.end === passage.end);
        const existing = same ? byId.get(same.id) : undefined;
        window.getSelection()?.removeAllRanges();
        choosePassage(null);
        if (existing) {
          chooseHighlight(existing.id);
          if (!existing.themeIds.includes(themeId)) await run(editHighlight(library, existing.id, (h) => toggleTheme(h, themeId, new Date(), 'add'), 'history.addTheme'));
          return;
        }
        await createOn(passage, [themeId]);
        return;
      }
      if (!openId) return;
      // A highlight made a moment ago may not be in `records` yet; the edit reads it from the library.
      const label = byId.get(openId)?.themeIds.includes(themeId) ? 'history.removeTheme' : 'history.addTheme';
      await run(editHighlight(library, openId, (h) => toggleTheme(h, themeId, new Date()), label));
    },
    [themes, placement, byId, run, createOn, rememberTheme, choosePassage, chooseHighlight],
  );

  const openNote = useCallback(async () => {
    const { pending: passage, activeId: openId } = latest.current;
    if (passage) {
      window.getSelection()?.removeAllRanges();
      choosePassage(null);
      setPopover('note');
      await createOn(passage, []);
      return;
    }
    if (openId) setPopover('note');
  }, [createOn, choosePassage]);

  const saveNote = useCallback(
    async (id: string, note: string) => {
      // One made a moment ago may not be in `records` yet: the edit reads it from the library, after the add.
      const known = byId.get(id) ?? (fresh?.id === id ? fresh : undefined);
      if (!known || known.note === note.trimEnd()) return;
      await run(editHighlight(library, id, (h) => withNote(h, note, new Date()), 'history.editNote'));
    },
    [byId, fresh, run],
  );

  const remove = useCallback(
    async (ids: readonly string[]) => {
      const doomed = ids.map((id) => byId.get(id)).filter((h): h is HighlightRecord => h !== undefined);
      if (doomed.length === 0) return;
      if (await run(removeHighlights(library, doomed))) {
        chooseHighlight(null);
        setPopover('closed');
      }
    },
    [byId, run, chooseHighlight],
  );

  return {
    records,
    activeRecord: (activeId ? byId.get(activeId) : undefined) ?? (fresh && fresh.id === activeId ? fresh : undefined),
    placement,
    pending,
    setPending: choosePassage,
    activeId,
    setActiveId: chooseHighlight,
    current,
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
