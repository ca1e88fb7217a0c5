/**
 * The app's codebook as REFI-QDA codes: each theme a code with its GUID
 * (`themeGuid`), colour, description and keywords, nested as the themes are
 * and in their order. Every theme can be applied, so every code is codable.
 */
import type { Theme } from '../themes/theme';
import { themeTree, type ThemeNode } from '../themes/theme-tree';
import { qdaGuid } from './qda-guid';
import type { QdaCode, QdaCodebook } from './qda-project';

/** The GUID of the code a theme becomes. */
export function themeGuid(themeId: string): string {
  return qdaGuid(themeId, 'theme');
}

function codeOf({ theme, children }: ThemeNode): QdaCode {
  return {
    guid: themeGuid(theme.id),
    name: theme.name,
    color: theme.color.toLowerCase(),
    description: theme.description,
    keywords: [...theme.keywords],
    codable: true,
    children: children.map(codeOf),
  };
}

/**
 * The codes of `themes`. Throws the RangeError `themeTree` throws when the
 * themes cannot be nested (repeated ids, a cycle).
 */
export function codebookFromThemes(themes: readonly Theme[]): QdaCodebook {
  return { codes: themeTree(themes).map(codeOf) };
}
