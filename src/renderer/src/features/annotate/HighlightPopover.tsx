/**
 * A highlight opened by a click (or just made): its passage, its themes to
 * switch on and off, its note, and removal. Keys keep working while it is
 * open (1–9 toggle themes, N goes to the note, Delete removes, Esc closes);
 * in the note field, Ctrl+Enter or leaving the field saves the note. The
 * caller keys it by highlight and note, so a note changed elsewhere (undo)
 * shows at once.
 */
import { useEffect, useRef, useState } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import type { HighlightRecord } from '../../db/db';
import { useI18n } from '../../i18n/i18n';
import { floatingPosition } from './floating-position';
import { KEYED_THEMES } from './SelectionToolbar';

export interface HighlightPopoverProps {
  highlight: HighlightRecord;
  themes: readonly Theme[];
  rect: DOMRect;
  focusNote: boolean;
  onToggleTheme(themeId: string): void;
  onSaveNote(note: string): void;
  onRemove(): void;
  onClose(): void;
}

export function HighlightPopover({ highlight, themes, rect, focusNote, onToggleTheme, onSaveNote, onRemove, onClose }: HighlightPopoverProps) {
  const { t } = useI18n();
  const [note, setNote] = useState(highlight.note);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNote) field.current?.focus();
  }, [focusNote, highlight.id]);
  const exact = highlight.selectors.quote.exact;
  return (
    <div className="highlight-popover floating" role="dialog" aria-label={t('annotate.popover')} style={floatingPosition(rect, 400, 260)}>
      <blockquote className="popover-passage" lang="zh-CN">
        {exact.length > 90 ? `${exact.slice(0, 90)}…` : exact}
      </blockquote>
      <div className="popover-themes" role="group" aria-label={t('annotate.themes')}>
        {themes.map((theme, index) => {
          const on = highlight.themeIds.includes(theme.id);
          return (
            <button
              key={theme.id}
              type="button"
              className="theme-chip"
              aria-pressed={on}
              style={{ '--theme-color': theme.color } as React.CSSProperties}
              onClick={() => onToggleTheme(theme.id)}
            >
              {index < KEYED_THEMES && <kbd>{index + 1}</kbd>}
              {theme.name}
            </button>
          );
        })}
      </div>
      <label className="popover-note">
        <span>{t('annotate.note')}</span>
        <textarea
          ref={field}
          value={note}
          rows={3}
          placeholder={t('annotate.notePlaceholder')}
          onChange={(event) => setNote(event.target.value)}
          onBlur={() => onSaveNote(note)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              onSaveNote(note);
              field.current?.blur();
            }
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onSaveNote(note);
              onClose();
            }
          }}
        />
      </label>
      <div className="popover-actions">
        <button type="button" className="quiet danger-text" onClick={onRemove} title={t('annotate.removeTitle')}>
          {t('annotate.remove')}
        </button>
        <button type="button" onClick={onClose}>
          {t('annotate.close')}
        </button>
      </div>
    </div>
  );
}
