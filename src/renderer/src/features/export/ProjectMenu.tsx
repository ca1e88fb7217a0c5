/**
 * 项目交换: the library to and from other QDA tools (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder) in the REFI-QDA formats. Exports are here; imports go
 * through 导入 and drag-and-drop like reports, which the menu says.
 */
import { useState } from 'react';
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/today';
import { platform } from '../../platform';
import { exportCodebook, exportProject } from './export-project';
import './export.css';

export function ProjectMenu() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);

  async function run(task: () => Promise<string | null>) {
    setOpen(false);
    setBusy(true);
    setStatus(null);
    try {
      const done = await task();
      if (done) setStatus({ text: done, failed: false });
    } catch (error) {
      setStatus({ text: t('export.failed', { reason: error instanceof Error ? error.message : String(error) }), failed: true });
    } finally {
      setBusy(false);
    }
  }

  const project = () =>
    run(async () => {
      const written = await exportProject(library, platform, t('project.fileName', { date: today() }));
      if (!written) return null;
      const said = t('project.exported', { reports: written.reports, highlights: written.highlights });
      return written.orphans > 0 ? `${said}${t('project.skipped', { count: written.orphans })}` : said;
    });
  const codebook = () => run(async () => ((await exportCodebook(library, platform, t('project.codebookName', { date: today() }))) ? t('project.codebookExported') : null));

  return (
    <div className="export-menu">
      <button type="button" className="quiet" title={t('project.title')} aria-haspopup="menu" aria-expanded={open} disabled={busy} onClick={() => setOpen(!open)}>
        {busy ? t('export.working') : t('project.button')}
      </button>
      {open && (
        <ul className="export-formats" role="menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void project()}>
              {t('project.exportQdpx')}
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" onClick={() => void codebook()}>
              {t('project.exportQdc')}
            </button>
          </li>
          <li role="none" className="export-hint">
            {t('project.importHint')}
          </li>
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
