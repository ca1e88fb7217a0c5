/** The coding loop's keys, listed where the analyst codes (the same keys `codingCommand` obeys). */
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';

const SHORTCUTS: [string, MessageKey][] = [
  ['1 – 9', 'shortcut.theme'],
  ['H', 'shortcut.repeat'],
  ['N', 'shortcut.note'],
  ['Delete', 'shortcut.remove'],
  ['Esc', 'shortcut.close'],
  ['Ctrl+Z', 'shortcut.undo'],
  ['Ctrl+Shift+Z', 'shortcut.redo'],
  ['Ctrl+F', 'shortcut.find'],
];

export function ShortcutList() {
  const { t } = useI18n();
  return (
    <details className="shortcuts">
      <summary>{t('shortcut.title')}</summary>
      <dl>
        {SHORTCUTS.map(([keys, key]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(key)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
