/**
 * 导出摘录: a button opening the list of formats; choosing one writes the
 * excerpts the caller gives (the filtered 摘录, or one report's) and saves
 * them. Says what happened, in the menu's own status line.
 */
import { useState } from 'react';
import type { ExcerptExport } from '../../../../core/excerpts/excerpt';
import { useI18n } from '../../i18n/i18n';
import { platform } from '../../platform';
import { EXCERPT_FORMATS, type ExcerptFormat } from './excerpt-formats';
import { exportExcerpts } from './export-excerpts';
import './export.css';

export interface ExportMenuProps {
  /** The excerpts to write, worked out when a format is chosen. */
  input(): ExcerptExport | Promise<ExcerptExport>;
  /** The file's name without extension (a report's title, 摘录 and the date). */
  name: string;
  label: string;
  title: string;
}

export function ExportMenu({ input, name, label, title }: ExportMenuProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState(false);

  async function choose(format: ExcerptFormat) {
    setOpen(false);
    setBusy(true);
    setStatus(null);
    try {
      const excerpts = await input();
      if (excerpts.excerpts.length === 0) {
        setStatus({ text: t('export.nothing'), failed: false });
        return;
      }
      const saved = await exportExcerpts(platform, format, excerpts, name);
      if (saved) setStatus({ text: t('export.done', { count: excerpts.excerpts.length }), failed: false });
    } catch (error) {
      setStatus({ text: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }), failed: true });
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
          {EXCERPT_FORMATS.map((format) => (
            <li key={format} role="none">
              <button type="button" role="menuitem" onClick={() => void choose(format)}>
                {t(`export.format.${format}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {status && (
        <span className={status.failed ? 'export-status failed' : 'export-status'} role={status.failed ? 'alert' : 'status'}>
          {status.text}
        </span>
      )}
    </div>
  );
}
