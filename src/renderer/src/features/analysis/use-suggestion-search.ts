/**
 * A suggestion search the analyst starts and may stop: its progress, how it
 * ended, and what it found. A new search replaces the last one; leaving the
 * view stops a search under way.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { library } from '../../db/library';
import type { FoundSuggestion } from './found-suggestion';
import { findSuggestions, type SearchEnd, type SuggestionSearch } from './find-suggestions';

/** Where the search stands. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'running'; searched: number; total: number }
  | { status: SearchEnd; searched: number; total: number }
  | { status: 'failed'; error: unknown };

export interface SuggestionSearchControl {
  state: SearchState;
  found: readonly FoundSuggestion[];
  /** Starts a search (stopping one under way). */
  start(search: Omit<SuggestionSearch, 'signal' | 'onProgress'>): void;
  /** Stops the search under way; what it found so far stays. */
  cancel(): void;
}

const NOTHING: readonly FoundSuggestion[] = [];

export function useSuggestionSearch(): SuggestionSearchControl {
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const [found, setFound] = useState<readonly FoundSuggestion[]>(NOTHING);
  const running = useRef<AbortController | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback((search: Omit<SuggestionSearch, 'signal' | 'onProgress'>) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const total = search.reportIds.length;
    setFound(NOTHING);
    setState({ status: 'running', searched: 0, total });
    findSuggestions(library, {
      ...search,
      signal: controller.signal,
      onProgress: (searched) => {
        if (!controller.signal.aborted) setState({ status: 'running', searched, total });
      },
    }).then(
      (result) => {
        if (running.current !== controller) return;
        running.current = null;
        setFound(result.suggestions);
        setState({ status: result.end, searched: result.searched, total });
      },
      (error: unknown) => {
        if (running.current !== controller) return;
        running.current = null;
        setState({ status: 'failed', error });
      },
    );
  }, []);

  const cancel = useCallback(() => running.current?.abort(), []);

  return { state, found, start, cancel };
}
