/**
 * The codebook panel (主题): the themes as a tree, each with its colour, its
 * key, its name and how many highlights carry it; a form to add a theme; an
 * editor under the selected theme to rename, recolour, describe, set
 * keywords, nest, reorder, merge or delete it. Every change goes through the
 * undo history; a refused change is explained where it was asked for.
 * Made for a sidebar about 320px wide.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Theme } from '../../../../core/themes/theme';
import { deleteTheme, mergeThemes, type ThemeDeletion } from '../../../../core/themes/theme-removal';
import { themeTree } from '../../../../core/themes/theme-tree';
import { useI18n } from '../../i18n/i18n';
import { CodebookAlert } from './CodebookAlert';
import { ThemeCreateForm } from './ThemeCreateForm';
import type { EditorFocus } from './ThemeEditor';
import { ThemeItem, themeRowId, type ThemeTreeContext } from './ThemeItem';
import { ThemeRemoveDialog, type ThemeRemoval } from './ThemeRemoveDialog';
import { useCodebook } from './use-codebook';
import { useCodebookChange } from './use-codebook-change';
import { useThemeCounts } from './use-theme-counts';
import './codebook.css';

const NO_THEMES: readonly Theme[] = [];

/** How many themes get a key: 1–9, the first nine in codebook order. */
const KEYED_THEMES = 9;

/**
 * The panel. `onError` hears, in the interface language, every change that
 * was refused or failed (the panel shows it too, where it was asked for).
 */
export function CodebookPanel({ onError }: { onError?(message: string): void }) {
  const { t } = useI18n();
  const stored = useCodebook();
  const themes = stored ?? NO_THEMES;
  const counts = useThemeCounts(themes);
  const roots = useMemo(() => themeTree(themes), [themes]);
  const keys = useMemo(() => new Map(themes.slice(0, KEYED_THEMES).map((theme, index) => [theme.id, index + 1])), [themes]);
  const { change, failure, dismiss } = useCodebookChange(onError);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState<{ parentId: string | null } | null>(null);
  const [removing, setRemoving] = useState<{ id: string; removal: ThemeRemoval } | null>(null);
  const focusRef = useRef<EditorFocus | null>(null);
  const createButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the merge or delete dialog has closed (the page behind it is inert while it is open).
  const focusAfterDialog = useRef<(() => HTMLElement | null) | null>(null);

  useEffect(() => {
    if (removing) return;
    const target = focusAfterDialog.current?.();
    focusAfterDialog.current = null;
    target?.focus();
  }, [removing]);

  const removed = removing ? themes.find((theme) => theme.id === removing.id) : undefined;
  // A refusal is shown where it was asked for while that place is open, else above the tree.
  const failureInPlace = failure !== null && (failure.place === 'create' ? creating !== null : failure.place === selectedId && themes.some((theme) => theme.id === selectedId));

  function startCreating(parentId: string | null) {
    dismiss();
    setCreating({ parentId });
  }

  function created(id: string) {
    setCreating(null);
    focusRef.current = { themeId: id, control: 'name' };
    setSelectedId(id);
  }

  async function remove(theme: Theme, removal: ThemeRemoval, how: ThemeDeletion) {
    // Afterwards: the theme that took it in, else the theme before it, else the new-theme button.
    const at = themes.findIndex((candidate) => candidate.id === theme.id);
    const next = how.kind === 'merge-into' ? how.targetId : themes[at - 1]?.id;
    focusAfterDialog.current = () => (next ? document.getElementById(themeRowId(next)) : null) ?? createButton.current;
    setRemoving(null);
    const done =
      removal === 'merge' && how.kind === 'merge-into'
        ? await change(theme.id, 'history.mergeThemes', (codebook) => mergeThemes(codebook, theme.id, how.targetId), [theme.id])
        : await change(theme.id, 'history.deleteTheme', (codebook) => deleteTheme(codebook, theme.id, how), [theme.id]);
    if (done) setSelectedId(how.kind === 'merge-into' ? how.targetId : null);
  }

  const tree: ThemeTreeContext = {
    themes,
    counts,
    keys,
    selectedId,
    change,
    failure,
    focusRef,
    onSelect: (id) => {
      if (failure && failure.place !== 'create') dismiss();
      setSelectedId(id);
    },
    onDismiss: dismiss,
    onCreateChild: startCreating,
    onRemove: (id, removal) => {
      const opener = document.activeElement;
      focusAfterDialog.current = () => (opener instanceof HTMLElement ? opener : null);
      setRemoving({ id, removal });
    },
  };

  return (
    <div className="codebook">
      <div className="codebook-bar">
        <span className="codebook-count">{stored ? t('themes.count', { count: themes.length }) : t('themes.loading')}</span>
        <button ref={createButton} type="button" className="quiet" aria-expanded={creating !== null} onClick={() => (creating ? setCreating(null) : startCreating(null))}>
          ＋ {t('themes.create')}
        </button>
      </div>
      {failure && !failureInPlace && <CodebookAlert text={failure.text} onDismiss={dismiss} />}
      {creating && (
        <ThemeCreateForm
          // Asking for a child of another theme (新建子主题) starts the form afresh.
          key={creating.parentId ?? ''}
          themes={themes}
          parentId={creating.parentId}
          change={change}
          failure={failure?.place === 'create' ? failure.text : null}
          onDismiss={dismiss}
          onCreated={created}
          onCancel={() => {
            if (failure?.place === 'create') dismiss();
            setCreating(null);
          }}
        />
      )}
      {stored && themes.length === 0 && !creating && <p className="codebook-empty">{t('themes.empty')}</p>}
      <ul className="theme-tree" aria-label={t('themes.list')}>
        {roots.map((node, index) => (
          <ThemeItem key={node.theme.id} node={node} index={index} siblingCount={roots.length} tree={tree} />
        ))}
      </ul>
      {removing && removed && (
        <ThemeRemoveDialog
          removal={removing.removal}
          theme={removed}
          themes={themes}
          count={counts.get(removed.id) ?? 0}
          onConfirm={(how) => void remove(removed, removing.removal, how)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
