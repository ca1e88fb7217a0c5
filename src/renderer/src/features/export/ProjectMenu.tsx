/**
 * 项目交换: the library to other QDA tools (NVivo, ATLAS.ti, MAXQDA,
 * QualCoder) in the REFI-QDA formats, whose writers load when first used. Imports go through 导入 and
 * drag-and-drop like reports, which the menu says. (The whole library's
 * backup is in 设置: features/settings.)
 */
import { library } from '../../db/library';
import { useI18n } from '../../i18n/i18n';
import { today } from '../../lib/local-time';
import { platform } from '../../platform';
import { ActionMenu } from './ActionMenu';

export function ProjectMenu() {
  const { t } = useI18n();
  const actions = [
    {
      key: 'qdpx',
      label: t('project.exportQdpx'),
      run: async () => {
        const { exportProject } = await import('./export-project');
        const written = await exportProject(library, platform, t('project.fileName', { date: today() }));
        if (!written) return null;
        const said = t('project.exported', { reports: written.reports, highlights: written.highlights });
        return written.orphans > 0 ? `${said}${t('project.skipped', { count: written.orphans })}` : said;
      },
    },
    {
      key: 'qdc',
      label: t('project.exportQdc'),
      run: async () => {
        const { exportCodebook } = await import('./export-project');
        return (await exportCodebook(library, platform, t('project.codebookName', { date: today() }))) ? t('project.codebookExported') : null;
      },
    },
  ];
  return <ActionMenu label={t('project.button')} title={t('project.title')} actions={actions} hint={t('project.importHint')} />;
}
