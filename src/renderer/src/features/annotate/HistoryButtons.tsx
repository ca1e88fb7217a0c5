/**
 * Undo and redo, as buttons saying what they would undo or redo, and as
 * Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) anywhere in the window except in a text
 * field, where the keys undo typing as usual; the desktop menu's 撤销 and 重做
 * do the same. What was undone is announced
 * to screen readers and shown briefly.
 */
import { useCallback, useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { platform } from '../../platform';
import type { MessageKey } from '../../i18n/messages';
import { codingCommand, isTyping } from './coding-key';
import { undoHistory, useUndoSnapshot } from './undo';

export function HistoryButtons({ onError }: { onError(error: unknown): void }) {
  const { t } = useI18n();
  const { undo, redo } = useUndoSnapshot();
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(
    async (which: 'undo' | 'redo') => {
      try {
        const label: MessageKey | null = await (which === 'undo' ? undoHistory.undo() : undoHistory.redo());
        if (label) setNotice(t(which === 'undo' ? 'history.undone' : 'history.redone', { action: t(label) }));
      } catch (error) {
        onError(error);
      }
    },
    [t, onError],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const command = codingCommand(event);
      if (command?.kind !== 'undo' && command?.kind !== 'redo') return;
      event.preventDefault();
      void run(command.kind);
    };
    document.addEventListener('keydown', onKey);
    // The desktop menu's 撤销 and 重做: of typing when a text field has the focus, else of coding.
    const stopMenu = platform.onMenuCommand((command) => {
      if (command !== 'undo' && command !== 'redo') return;
      if (isTyping(document.activeElement)) document.execCommand(command);
      else void run(command);
    });
    return () => {
      document.removeEventListener('keydown', onKey);
      stopMenu();
    };
  }, [run]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 2500);
    return () => clearTimeout(timer);
  }, [notice]);

  return (
    <div className="history-buttons">
      <button type="button" className="quiet" disabled={!undo} title={undo ? t('history.undoTitle', { action: t(undo) }) : t('history.nothingToUndo')} onClick={() => void run('undo')}>
        ↶ {t('history.undo')}
      </button>
      <button type="button" className="quiet" disabled={!redo} title={redo ? t('history.redoTitle', { action: t(redo) }) : t('history.nothingToRedo')} onClick={() => void run('redo')}>
        ↷ {t('history.redo')}
      </button>
      <span className="history-notice" role="status" aria-live="polite">
        {notice}
      </span>
    </div>
  );
}
