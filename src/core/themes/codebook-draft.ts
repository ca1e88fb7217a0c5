/**
 * A working copy of a codebook that the operations edit step by step and then
 * turn into a `CodebookChange`. Internal to the themes folder: callers use
 * the operations, never the draft.
 */
import type { CodebookChange } from './codebook-change';
import type { Codebook, Theme } from './theme';
import { themeNameKey } from './theme-fields';

/** True when two lists of ids are the same, in the same order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * A codebook being edited: themes are replaced, never mutated, so what the
 * draft was made from stays as it was and becomes the change's inverse.
 */
export class CodebookDraft {
  private readonly before: Codebook;
  private themes: Theme[];
  /** The theme ids of each highlight, by its position in `before.highlights`. */
  private readonly assigned: string[][];

  /** A draft of `codebook`, nothing changed yet. */
  constructor(codebook: Codebook) {
    this.before = codebook;
    this.themes = [...codebook.themes];
    this.assigned = codebook.highlights.map((highlight) => highlight.themeIds);
  }

  /** True when the draft has a theme with this id. */
  has(id: string): boolean {
    return this.themes.some((theme) => theme.id === id);
  }

  /** The theme with this id; a RangeError when there is none. */
  theme(id: string): Theme {
    const theme = this.themes.find((candidate) => candidate.id === id);
    if (!theme) throw new RangeError(`No theme ${JSON.stringify(id)} in the codebook`);
    return theme;
  }

  /** The themes nested directly under `parentId` (null: the top level), in their order. */
  children(parentId: string | null): Theme[] {
    return this.themes
      .map((theme, position) => ({ theme, position }))
      .filter(({ theme }) => theme.parentId === parentId)
      .sort((a, b) => a.theme.order - b.theme.order || a.position - b.position)
      .map(({ theme }) => theme);
  }

  /** True when `id` is `ancestorId` or nested, at any depth, under it. */
  isWithin(id: string, ancestorId: string): boolean {
    let steps = 0;
    for (let at: string | null = id; at !== null; at = this.themes.find((theme) => theme.id === at)?.parentId ?? null) {
      if (at === ancestorId) return true;
      if (++steps > this.themes.length) throw new RangeError(`Theme ${JSON.stringify(id)} is nested under itself`);
    }
    return false;
  }

  /**
   * The theme under `parentId`, other than `exceptId`, whose name has the
   * same key as `name`; undefined when the name is free there.
   */
  namesake(parentId: string | null, name: string, exceptId?: string): Theme | undefined {
    const key = themeNameKey(name);
    return this.children(parentId).find((theme) => theme.id !== exceptId && themeNameKey(theme.name) === key);
  }

  /** Throws a RangeError when `name` is taken under `parentId` by a theme other than `exceptId`. */
  refuseNamesake(parentId: string | null, name: string, exceptId?: string): void {
    const clash = this.namesake(parentId, name, exceptId);
    if (clash) {
      const where = parentId === null ? 'at the top level' : `under ${JSON.stringify(this.theme(parentId).name)}`;
      throw new RangeError(`A theme named ${JSON.stringify(clash.name)} already exists ${where}`);
    }
  }

  /** Replaces the theme with `id` by a copy with `fields` changed. */
  update(id: string, fields: Partial<Omit<Theme, 'id'>>): void {
    const current = this.theme(id);
    this.themes = this.themes.map((theme) => (theme === current ? { ...current, ...fields } : theme));
  }

  /** Adds a theme after all others in the list (its `order` is the caller's). */
  append(theme: Theme): void {
    this.themes.push(theme);
  }

  /**
   * Takes the theme out of the codebook and closes the gap among its former
   * siblings. Its children still name it as parent: the caller moves them.
   */
  remove(id: string): Theme {
    const removed = this.theme(id);
    this.themes = this.themes.filter((theme) => theme !== removed);
    this.renumber(removed.parentId);
    return removed;
  }

  /**
   * Puts the theme under `parentId` at `index` among its new siblings (not
   * counting itself) and renumbers the groups it left and joined densely.
   */
  place(id: string, parentId: string | null, index: number): void {
    const moving = this.theme(id);
    const leftParent = moving.parentId;
    const siblings = this.children(parentId).filter((theme) => theme.id !== id);
    siblings.splice(index, 0, moving);
    this.update(id, { parentId });
    this.renumber(parentId, siblings.map((theme) => theme.id));
    if (leftParent !== parentId) this.renumber(leftParent);
  }

  /** Gives the themes under `parentId` the orders 0…n-1, in `ids` order when given, else their present order. */
  renumber(parentId: string | null, ids: readonly string[] = this.children(parentId).map((theme) => theme.id)): void {
    ids.forEach((id, order) => {
      if (this.theme(id).order !== order) this.update(id, { order });
    });
  }

  /**
   * Every highlight carrying `fromId` carries `toId` in its place instead
   * (kept where it already stood first), or loses `fromId` when `toId` is
   * null. Other ids keep their order.
   */
  reassign(fromId: string, toId: string | null): void {
    this.assigned.forEach((themeIds, position) => {
      if (!themeIds.includes(fromId)) return;
      const next: string[] = [];
      for (const id of themeIds) {
        const kept = id === fromId ? toId : id;
        if (kept !== null && !next.includes(kept)) next.push(kept);
      }
      this.assigned[position] = next;
    });
  }

  /** The change from the codebook the draft was made from to the draft as it is now. */
  change(): CodebookChange {
    const forward: CodebookChange['highlights'] = [];
    const backward: CodebookChange['highlights'] = [];
    this.before.highlights.forEach((highlight, position) => {
      const themeIds = this.assigned[position] ?? highlight.themeIds;
      if (sameIds(themeIds, highlight.themeIds)) return;
      forward.push({ id: highlight.id, themeIds: [...themeIds] });
      backward.push({ id: highlight.id, themeIds: [...highlight.themeIds] });
    });
    return {
      themes: [...this.themes],
      highlights: forward,
      inverse: { themes: [...this.before.themes], highlights: backward },
    };
  }
}
