/**
 * Bringing another project's codes into the app's codebook. A code whose
 * name (compared as theme names are: `themeNameKey`) is already taken by a
 * theme at the same place (the same parent) is merged into that theme,
 * which is left as it is; any other code becomes a new theme there, keeping
 * its colour (or taking one from `colorFor` when the file gives none), its
 * description and its keywords. Nesting is kept: a code's children are
 * merged under the theme the code became. Two codes of the file with one
 * name at one place become one theme.
 */
import { checkCodebook } from '../themes/check-codebook';
import type { Theme } from '../themes/theme';
import { isThemeColor, themeKeywords, themeNameKey } from '../themes/theme-fields';
import type { QdaCode } from './qda-project';

/** The name a code without one gets. */
export const UNNAMED_THEME = '未命名主题';

/** What merging needs from the caller: fresh ids, and a colour for a code without one. */
export interface MergeCodesOptions {
  newId: () => string;
  /** The colour for a new theme, given every theme so far (the palette's next, in the app). */
  colorFor: (themes: readonly Theme[]) => string;
}

/** The outcome: the themes to add, and the theme each code's GUID now stands for. */
export interface CodeMerge {
  added: Theme[];
  themeIdOf: Map<string, string>;
  /** How many codes went into a theme that was there already. */
  merged: number;
}

/**
 * Merges `codes` into the codebook `existing` (which is not modified).
 * Throws a RangeError when the result would break a rule of the codebook
 * (`checkCodebook`), which only a bad `existing` or `newId` can cause.
 */
export function mergeCodes(existing: readonly Theme[], codes: readonly QdaCode[], options: MergeCodesOptions): CodeMerge {
  const all: Theme[] = [...existing];
  const before = new Set(existing.map((theme) => theme.id));
  const outcome: CodeMerge = { added: [], themeIdOf: new Map(), merged: 0 };

  const place = (code: QdaCode, parentId: string | null): void => {
    const name = code.name.trim() || UNNAMED_THEME;
    const siblings = all.filter((theme) => theme.parentId === parentId);
    let theme = siblings.find((sibling) => themeNameKey(sibling.name) === themeNameKey(name));
    if (theme !== undefined) {
      if (before.has(theme.id)) outcome.merged += 1;
    } else {
      theme = {
        id: options.newId(),
        name,
        color: code.color !== null && isThemeColor(code.color) ? code.color.toLowerCase() : options.colorFor(all),
        description: code.description,
        keywords: themeKeywords(code.keywords),
        parentId,
        order: siblings.length,
      };
      all.push(theme);
      outcome.added.push(theme);
    }
    outcome.themeIdOf.set(code.guid, theme.id);
    for (const child of code.children) place(child, theme.id);
  };

  for (const code of codes) place(code, null);
  checkCodebook(all);
  return outcome;
}
