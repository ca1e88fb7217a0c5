/**
 * One theme in the codebook tree: a row with its colour, its key (1–9 for
 * the first nine themes), its name and how many highlights carry it; the
 * editor under it when it is the selected theme; then its children, indented.
 */
import type { RefObject } from 'react';
import type { ThemeNode } from '../../../../core/themes/theme-tree';
import type { Theme } from '../../../../core/themes/theme';
import { useI18n } from '../../i18n/i18n';
import type { CodebookFailure, MakeCodebookChange } from './use-codebook-change';
import { ThemeEditor, type EditorFocus } from './ThemeEditor';
import type { ThemeRemoval } from './ThemeRemoveDialog';

/** What every item of the tree shares: the codebook, the counts and keys, the selection, and the panel's handlers. */
export interface ThemeTreeContext {
  themes: readonly Theme[];
  counts: ReadonlyMap<string, number>;
  /** The key (1–9) of each of the first nine themes in codebook order. */
  keys: ReadonlyMap<string, number>;
  selectedId: string | null;
  change: MakeCodebookChange;
  failure: CodebookFailure | null;
  focusRef: RefObject<EditorFocus | null>;
  onSelect(id: string | null): void;
  onDismiss(): void;
  onCreateChild(parentId: string): void;
  onRemove(id: string, removal: ThemeRemoval): void;
}

/** The id of a theme's row button in the document, for giving it focus. */
export function themeRowId(themeId: string): string {
  return `theme-row-${themeId}`;
}

/** The item for `node`, standing at `index` among `siblingCount` siblings. */
export function ThemeItem({ node, index, siblingCount, tree }: { node: ThemeNode; index: number; siblingCount: number; tree: ThemeTreeContext }) {
  const { t } = useI18n();
  const { theme, children } = node;
  const selected = tree.selectedId === theme.id;
  const count = tree.counts.get(theme.id) ?? 0;
  const key = tree.keys.get(theme.id);
  const editorId = `theme-editor-${theme.id}`;
  return (
    <li className="theme-item">
      <button
        type="button"
        id={themeRowId(theme.id)}
        className={selected ? 'theme-row selected' : 'theme-row'}
        aria-expanded={selected}
        aria-controls={selected ? editorId : undefined}
        aria-label={key === undefined ? t('themes.row', { name: theme.name, count }) : t('themes.rowWithKey', { name: theme.name, key, count })}
        title={theme.description || undefined}
        onClick={() => tree.onSelect(selected ? null : theme.id)}
      >
        <span className="theme-swatch" style={{ background: theme.color }} />
        <span className="theme-name">{theme.name}</span>
        {key !== undefined && (
          <kbd className="theme-key" title={t('themes.keyTitle', { key })}>
            {key}
          </kbd>
        )}
        <span className={count === 0 ? 'theme-count none' : 'theme-count'} title={t('themes.countTitle', { count })}>
          {count}
        </span>
      </button>
      {selected && (
        <div id={editorId}>
          <ThemeEditor
            theme={theme}
            themes={tree.themes}
            index={index}
            siblingCount={siblingCount}
            change={tree.change}
            failure={tree.failure?.place === theme.id ? tree.failure.text : null}
            focusRef={tree.focusRef}
            onDismiss={tree.onDismiss}
            onCreateChild={() => tree.onCreateChild(theme.id)}
            onMerge={() => tree.onRemove(theme.id, 'merge')}
            onDelete={() => tree.onRemove(theme.id, 'delete')}
          />
        </div>
      )}
      {children.length > 0 && (
        <ul className="theme-children">
          {children.map((child, childIndex) => (
            <ThemeItem key={child.theme.id} node={child} index={childIndex} siblingCount={children.length} tree={tree} />
          ))}
        </ul>
      )}
    </li>
  );
}
