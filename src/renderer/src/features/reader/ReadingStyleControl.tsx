/**
 * The reader's font size and line spacing control: A− and A+ step the size
 * of the report's text, a choice sets its line spacing (紧凑, 标准, 宽松).
 * Sits in the reader's tool area; the report view follows it.
 */
import { useI18n } from '../../i18n/i18n';
import { FONT_SIZES, LINE_HEIGHTS, stepFontSize, type LineSpacing } from './reading-style';
import { useReadingStyle } from './use-reading-style';
import './reader-tools.css';

const SPACING_KEYS = { compact: 'reader.style.compact', standard: 'reader.style.standard', loose: 'reader.style.loose' } as const;

export function ReadingStyleControl() {
  const { t } = useI18n();
  const [style, setStyle] = useReadingStyle();
  const size = t('reader.style.size', { size: style.fontSize });
  return (
    <div className="reading-style" role="group" aria-label={t('reader.style.label')}>
      <button
        type="button"
        className="quiet reading-style-size"
        aria-label={t('reader.style.smaller')}
        title={`${t('reader.style.smaller')} · ${size}`}
        disabled={style.fontSize <= (FONT_SIZES[0] as number)}
        onClick={() => setStyle({ ...style, fontSize: stepFontSize(style.fontSize, -1) })}
      >
        A<span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="quiet reading-style-size reading-style-larger"
        aria-label={t('reader.style.larger')}
        title={`${t('reader.style.larger')} · ${size}`}
        disabled={style.fontSize >= (FONT_SIZES.at(-1) as number)}
        onClick={() => setStyle({ ...style, fontSize: stepFontSize(style.fontSize, 1) })}
      >
        A<span aria-hidden="true">+</span>
      </button>
      <select
        className="reading-style-spacing"
        aria-label={t('reader.style.lineHeight')}
        title={t('reader.style.lineHeight')}
        value={style.lineSpacing}
        onChange={(event) => setStyle({ ...style, lineSpacing: event.currentTarget.value as LineSpacing })}
      >
        {(Object.keys(LINE_HEIGHTS) as LineSpacing[]).map((spacing) => (
          <option key={spacing} value={spacing}>
            {t(SPACING_KEYS[spacing])}
          </option>
        ))}
      </select>
    </div>
  );
}
