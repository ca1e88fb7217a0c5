/**
 * 导出摘录: the formats excerpts are written in; choosing one writes the
 * excerpts the caller gives (the filtered 摘录, or one report's) and saves
 * them.
 */
import type { ExcerptExport } from '../../../../core/excerpts/excerpt';
import { useI18n } from '../../i18n/i18n';
import { platform } from '../../platform';
import { ActionMenu } from './ActionMenu';
import { EXCERPT_FORMATS } from './excerpt-formats';
import { exportExcerpts } from './export-excerpts';

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
  const actions = EXCERPT_FORMATS.map((format) => ({
    key: format,
    label: t(`export.format.${format}`),
    run: async () => {
      const excerpts = await input();
      if (excerpts.excerpts.length === 0) return t('export.nothing');
      return (await exportExcerpts(platform, format, excerpts, name)) ? t('export.done', { count: excerpts.excerpts.length }) : null;
    },
  }));
  return <ActionMenu label={label} title={title} actions={actions} />;
}
