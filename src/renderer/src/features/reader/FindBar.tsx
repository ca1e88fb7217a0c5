/**
 * The find bar: a small box at the top right of the report column while
 * find is open (Ctrl+F), with the query, where the current match stands
 * among all (`3/17`), and previous and next. Enter goes to the next match,
 * Shift+Enter to the previous, Esc closes it. It sticks to the top of the
 * reading area while the report scrolls (see reader-tools.css).
 */
import type { EditorView } from 'prosemirror-view';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { Block } from '../../../../core/report/report';
import { useI18n } from '../../i18n/i18n';
import { useFindInReport } from './use-find-in-report';
import './reader-tools.css';

export interface FindBarProps {
  view: RefObject<EditorView | null>;
  text: string;
  blocks: readonly Block[];
}

export function FindBar({ view, text, blocks }: FindBarProps) {
  const { t } = useI18n();
  const find = useFindInReport(view, text, blocks);
  const input = useRef<HTMLInputElement>(null);
  const { open, query, matches, current, requested, bar, search, next, previous, close } = find;

  // Each Ctrl+F puts the caret in the box with its text selected, ready to type over.
  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    input.current?.select();
  }, [open, requested]);

  if (!open) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === input.current && !event.nativeEvent.isComposing) {
      event.preventDefault();
      if (event.shiftKey) previous();
      else next();
    }
  };

  const count = query.trim() === '' ? '' : matches.length === 0 ? t('reader.find.none') : t('reader.find.count', { current: current + 1, total: matches.length });
  return (
    <div className="find-bar-anchor">
      <div ref={bar} className="find-bar" role="search" aria-label={t('reader.find.label')} onKeyDown={onKeyDown}>
        <input
          ref={input}
          type="text"
          value={query}
          placeholder={t('reader.find.placeholder')}
          aria-label={t('reader.find.label')}
          spellCheck={false}
          onChange={(event) => search(event.currentTarget.value)}
        />
        <output className={`find-count${query.trim() !== '' && matches.length === 0 ? ' find-none' : ''}`} aria-live="polite">
          {count}
        </output>
        <button type="button" className="quiet" aria-label={t('reader.find.previous')} title={t('reader.find.previous')} disabled={matches.length === 0} onClick={previous}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" className="quiet" aria-label={t('reader.find.next')} title={t('reader.find.next')} disabled={matches.length === 0} onClick={next}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="quiet" aria-label={t('reader.find.close')} title={t('reader.find.close')} onClick={close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </div>
  );
}
