/**
 * A quiet button opening a short menu of actions that take a while (writing
 * and saving a file): the button says it is busy while one runs, and a
 * status line beside it says what happened, or why it failed.
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import './export.css';

export interface MenuAction {
  key: string;
  label: string;
  /** Does the work; gives what to tell the analyst, or null to say nothing (a cancelled save dialog). */
  run(): Promise<string | null>;
}

export interface ActionMenuProps {
  label: string;
  title: string;
  actions: readonly MenuAction[];
  /** A line under the actions (how to do what the menu does not). */
  hint?: string;
}

export function ActionMenu({ label, title, actions, hint }: ActionMenuProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  // The status is said in the language it was said in; it goes when the interface changes language.
  const [status, setStatus] = useState<{ text: string; failed: boolean; locale: string } | null>(null);

  async function choose(action: MenuAction) {
    setOpen(false);
    setBusy(true);
    setStatus(null);
    try {
      const said = await action.run();
      if (said) setStatus({ text: said, failed: false, locale });
    } catch (error) {
      setStatus({ text: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }), failed: true, locale });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="export-menu">
      <button type="button" className="quiet" title={title} aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
        {busy ? t('export.working') : label}
      </button>
      {open && (
        <ul className="export-formats" role="menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
          {actions.map((action) => (
            <li key={action.key} role="none">
              <button type="button" role="menuitem" onClick={() => void choose(action)}>
                {action.label}
              </button>
            </li>
          ))}
          {hint && (
            <li role="none" className="export-hint">
              {hint}
            </li>
          )}
        </ul>
      )}
      {status && status.locale === locale && (
        <span className={status.failed ? 'export-status failed' : 'export-status'} role={status.failed ? 'alert' : 'status'}>
          {status.text}
        </span>
      )}
    </div>
  );
}
