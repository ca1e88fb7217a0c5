/**
 * One excerpt of the 摘录 view: its themes, the passage (with more of its
 * paragraph around it on demand), its note and its citation. A click on the
 * passage, or 在报告中打开, opens the report with the highlight open.
 */
import { memo, useState } from 'react';
import { citationLine } from '../../../../core/excerpts/citation';
import { WIDEST_CONTEXT } from '../../../../core/excerpts/excerpt-context';
import type { Excerpt } from '../../../../core/excerpts/excerpt';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import { ThemeTags } from '../themes/ThemeTags';

/** The text around a passage at a level of context: 0 none, then each step of `excerptContext` (1 its level 0…). */
export type ContextOf = (excerpt: Excerpt, level: number) => { before: string; after: string };

export interface ExcerptCardProps {
  excerpt: Excerpt;
  themeById: ReadonlyMap<string, Theme>;
  contextOf: ContextOf;
  onOpen(excerpt: Excerpt): void;
}

/** How many steps of context the card offers: the sentences around, the paragraph, the blocks either side. */
const CONTEXT_LEVELS = WIDEST_CONTEXT + 1;

export const ExcerptCard = memo(function ExcerptCard({ excerpt, themeById, contextOf, onOpen }: ExcerptCardProps) {
  const { t } = useI18n();
  const [level, setLevel] = useState(0);
  const context = level > 0 ? contextOf(excerpt, level) : null;
  return (
    <article className="excerpt-card" aria-label={excerpt.citation.reportTitle}>
      <ThemeTags themeIds={excerpt.themeIds} themeById={themeById} className="excerpt-themes" />
      <blockquote className="excerpt-passage" lang="zh-CN" onClick={() => onOpen(excerpt)}>
        {context && <span className="excerpt-context">{context.before}</span>}
        <mark className="excerpt-text">{excerpt.text}</mark>
        {context && <span className="excerpt-context">{context.after}</span>}
      </blockquote>
      {excerpt.note && <p className="excerpt-note">{t('excerpts.note', { note: excerpt.note })}</p>}
      <footer className="excerpt-footer">
        <cite className="excerpt-citation">{citationLine(excerpt.citation)}</cite>
        <span className="excerpt-actions">
          {level < CONTEXT_LEVELS && (
            <button type="button" className="quiet" onClick={() => setLevel(level + 1)}>
              {t('excerpts.more')}
            </button>
          )}
          {level > 0 && (
            <button type="button" className="quiet" onClick={() => setLevel(0)}>
              {t('excerpts.less')}
            </button>
          )}
          <button type="button" className="quiet" onClick={() => onOpen(excerpt)}>
            {t('excerpts.open')}
          </button>
        </span>
      </footer>
    </article>
  );
});
