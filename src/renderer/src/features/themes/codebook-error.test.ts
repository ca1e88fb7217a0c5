import { describe, expect, it } from 'vitest';
import { createTheme, moveTheme, recolourTheme, renameTheme } from '../../../../core/themes/codebook-operations';
import type { Codebook, Theme } from '../../../../core/themes/theme';
import { mergeThemes } from '../../../../core/themes/theme-removal';
import { codebookErrorText, isNameError } from './codebook-error';

const theme = (id: string, name: string, parentId: string | null, order: number): Theme => ({ id, name, color: '#d0f19c', description: '', keywords: [], parentId, order });

const CODEBOOK: Codebook = {
  themes: [theme('rural', '乡村振兴', null, 0), theme('grain', '粮食安全', 'rural', 0), theme('industry', '产业发展', null, 1)],
  highlights: [],
};

/** The error an operation throws, for matching against what core really says. */
function thrown(operation: () => unknown): unknown {
  try {
    operation();
  } catch (error) {
    return error;
  }
  throw new Error('expected the operation to refuse');
}

describe('codebookErrorText', () => {
  it.each([
    ['an empty name', () => renameTheme(CODEBOOK, 'industry', '   '), { key: 'themes.error.emptyName', values: {} }],
    ['a name taken at the top level', () => renameTheme(CODEBOOK, 'industry', ' 乡村振兴 '), { key: 'themes.error.nameTaken', values: { name: '乡村振兴' } }],
    ['a name taken under a parent', () => createTheme(CODEBOOK, { id: 'x', name: '粮食安全', color: '#ffffff', parentId: 'rural' }), { key: 'themes.error.nameTaken', values: { name: '粮食安全' } }],
    ['a merge into itself', () => mergeThemes(CODEBOOK, 'rural', 'rural'), { key: 'themes.error.mergeIntoItself', values: {} }],
    ['a merge into a descendant', () => mergeThemes(CODEBOOK, 'rural', 'grain'), { key: 'themes.error.mergeIntoDescendant', values: { name: '粮食安全' } }],
    ['nesting under a descendant', () => moveTheme(CODEBOOK, 'rural', { parentId: 'grain' }), { key: 'themes.error.nestUnderDescendant', values: {} }],
    ['nesting under itself', () => moveTheme(CODEBOOK, 'rural', { parentId: 'rural' }), { key: 'themes.error.nestUnderDescendant', values: {} }],
    ['a colour not #rrggbb', () => recolourTheme(CODEBOOK, 'rural', 'red'), { key: 'themes.error.badColor', values: {} }],
    ['a theme that is gone', () => renameTheme(CODEBOOK, 'gone', '新名称'), { key: 'themes.error.missing', values: {} }],
  ])('words %s in the interface’s own terms', (_case, operation, text) => {
    expect(codebookErrorText(thrown(operation))).toEqual(text);
  });

  it('gives an unknown refusal as the generic text with core’s message', () => {
    const error = thrown(() => moveTheme(CODEBOOK, 'industry', { index: 7 }));
    expect(codebookErrorText(error)).toEqual({ key: 'themes.error.generic', values: { detail: (error as Error).message } });
  });

  it('gives a failure to store as the history’s “could not be saved”', () => {
    expect(codebookErrorText(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({ key: 'history.failed', values: { reason: 'The quota has been exceeded.' } });
    expect(codebookErrorText('odd')).toEqual({ key: 'history.failed', values: { reason: 'odd' } });
  });

  it('tells which refusals are about the name', () => {
    expect(isNameError(codebookErrorText(thrown(() => renameTheme(CODEBOOK, 'industry', ''))))).toBe(true);
    expect(isNameError(codebookErrorText(thrown(() => mergeThemes(CODEBOOK, 'rural', 'rural'))))).toBe(false);
    expect(isNameError(null)).toBe(false);
  });
});
