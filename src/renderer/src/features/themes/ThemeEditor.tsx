/**
 * The editor that opens under the selected theme. Each field is saved on its
 * own as soon as the analyst is done with it (the name on Enter or leaving
 * the field, the colour on picking, description and keywords on leaving the
 * field, the parent on choosing, the order on each button press), so each is
 * one step of the undo history. Esc in a text field puts back what is stored.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { describeTheme, moveTheme, recolourTheme, renameTheme, setThemeKeywords } from '../../../../core/themes/codebook-operations';
import type { Theme } from '../../../../core/themes/theme';
import { themeKeywords } from '../../../../core/themes/theme-fields';
import { useI18n } from '../../i18n/i18n';
import { CodebookAlert } from './CodebookAlert';
import { isNameError, type CodebookErrorText } from './codebook-error';
import { keywordsFromText, keywordsToText } from './keyword-text';
import { themeChoices } from './theme-choices';
import { ThemeColorPicker } from './ThemeColorPicker';
import type { MakeCodebookChange } from './use-codebook-change';
import { useFieldDraft } from './use-field-draft';

/**
 * Which control of which theme's editor should have focus once the theme has
 * arrived or moved: a new theme's name, to go on editing it; the control that
 * moved a theme, since moving re-orders (or, for a new parent, re-creates)
 * the editor's elements and the browser drops focus from an element that is
 * moved.
 */
export interface EditorFocus {
  themeId: string;
  control: 'name' | 'parent' | 'up' | 'down';
}

/** True when two keyword lists are the same, in the same order. */
function sameKeywords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((keyword, index) => keyword === b[index]);
}

/**
 * The editor for `theme`, which stands at `index` among `siblingCount`
 * siblings. `themes` is the whole codebook in its order (for the parent
 * select); `focusRef` is shared by every editor of the panel.
 */
export function ThemeEditor({
  theme,
  themes,
  index,
  siblingCount,
  change,
  failure,
  focusRef,
  onDismiss,
  onCreateChild,
  onMerge,
  onDelete,
}: {
  theme: Theme;
  themes: readonly Theme[];
  index: number;
  siblingCount: number;
  change: MakeCodebookChange;
  /** Why the last change asked for here was refused, or null. */
  failure: CodebookErrorText | null;
  focusRef: RefObject<EditorFocus | null>;
  onDismiss(): void;
  onCreateChild(): void;
  onMerge(): void;
  onDelete(): void;
}) {
  const { t, locale } = useI18n();
  const fieldId = useId();
  const [name, setName] = useFieldDraft(theme.name);
  const [description, setDescription] = useFieldDraft(theme.description);
  const storedKeywords = keywordsToText(theme.keywords, locale);
  const [keywords, setKeywords] = useFieldDraft(storedKeywords);
  const editor = useRef<HTMLDivElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const parentSelect = useRef<HTMLSelectElement>(null);
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  // The name being saved: Enter then leaving the field must not save it twice.
  const savingName = useRef<string | null>(null);

  const isFirst = index === 0;
  const isLast = index >= siblingCount - 1;

  useEffect(() => {
    editor.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  useEffect(() => {
    const wanted = focusRef.current;
    if (!wanted || wanted.themeId !== theme.id) return;
    focusRef.current = null;
    const controls = {
      name: nameInput,
      parent: parentSelect,
      up: isFirst ? downButton : upButton,
      down: isLast ? upButton : downButton,
    };
    controls[wanted.control].current?.focus();
  }, [focusRef, theme.id, theme.parentId, index, isFirst, isLast]);

  async function saveName() {
    if (name.trim() === theme.name) {
      setName(theme.name);
      return;
    }
    if (savingName.current === name) return;
    savingName.current = name;
    await change(theme.id, 'history.renameTheme', (codebook) => renameTheme(codebook, theme.id, name));
    savingName.current = null;
  }

  function saveDescription() {
    if (description.trim() === theme.description) return;
    void change(theme.id, 'history.describeTheme', (codebook) => describeTheme(codebook, theme.id, description));
  }

  function saveKeywords() {
    const terms = keywordsFromText(keywords);
    if (sameKeywords(themeKeywords(terms), theme.keywords)) {
      setKeywords(storedKeywords);
      return;
    }
    void change(theme.id, 'history.setKeywords', (codebook) => setThemeKeywords(codebook, theme.id, terms));
  }

  const recolour = (color: string) => void change(theme.id, 'history.recolourTheme', (codebook) => recolourTheme(codebook, theme.id, color));

  async function move(control: 'parent' | 'up' | 'down', place: { parentId?: string | null; index?: number }) {
    focusRef.current = { themeId: theme.id, control };
    const moved = await change(theme.id, 'history.moveTheme', (codebook) => moveTheme(codebook, theme.id, place));
    if (!moved) focusRef.current = null;
  }

  /** Esc puts the stored text back (and keeps Esc from closing anything around the panel). */
  function revertOnEscape(event: KeyboardEvent, revert: () => void) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    revert();
  }

  return (
    <div ref={editor} className="theme-editor" role="group" aria-label={theme.name}>
      {failure && <CodebookAlert text={failure} onDismiss={onDismiss} />}
      <label className="theme-field">
        <span>{t('themes.name')}</span>
        <input
          ref={nameInput}
          type="text"
          value={name}
          aria-invalid={isNameError(failure) || undefined}
          onChange={(event) => setName(event.target.value)}
          onBlur={() => void saveName()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              void saveName();
            }
            revertOnEscape(event, () => {
              setName(theme.name);
              if (isNameError(failure)) onDismiss();
            });
          }}
        />
      </label>
      <div className="theme-field">
        <span id={`${fieldId}-color`}>{t('themes.color')}</span>
        <ThemeColorPicker value={theme.color} labelledBy={`${fieldId}-color`} onPick={recolour} />
      </div>
      <label className="theme-field">
        <span>{t('themes.description')}</span>
        <textarea
          rows={2}
          value={description}
          placeholder={t('themes.descriptionPlaceholder')}
          onChange={(event) => setDescription(event.target.value)}
          onBlur={saveDescription}
          onKeyDown={(event) => revertOnEscape(event, () => setDescription(theme.description))}
        />
      </label>
      <label className="theme-field">
        <span>{t('themes.keywords')}</span>
        <textarea
          rows={2}
          value={keywords}
          aria-describedby={`${fieldId}-keywords-hint`}
          onChange={(event) => setKeywords(event.target.value)}
          onBlur={saveKeywords}
          onKeyDown={(event) => revertOnEscape(event, () => setKeywords(storedKeywords))}
        />
        <small id={`${fieldId}-keywords-hint`}>{t('themes.keywordsHint')}</small>
      </label>
      <label className="theme-field">
        <span>{t('themes.parent')}</span>
        <select ref={parentSelect} value={theme.parentId ?? ''} onChange={(event) => void move('parent', { parentId: event.target.value || null })}>
          <option value="">{t('themes.topLevel')}</option>
          {themeChoices(themes, theme.id).map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <div className="theme-editor-row" role="group" aria-label={t('themes.order')}>
        <button ref={upButton} type="button" disabled={isFirst} onClick={() => void move('up', { index: index - 1 })}>
          ↑ {t('themes.moveUp')}
        </button>
        <button ref={downButton} type="button" disabled={isLast} onClick={() => void move('down', { index: index + 1 })}>
          ↓ {t('themes.moveDown')}
        </button>
        <button type="button" className="quiet" onClick={onCreateChild}>
          ＋ {t('themes.createChild')}
        </button>
      </div>
      <div className="theme-editor-row">
        <button type="button" onClick={onMerge}>
          {t('themes.merge')}
        </button>
        <button type="button" className="theme-delete" onClick={onDelete}>
          {t('themes.delete')}
        </button>
      </div>
    </div>
  );
}
