/**
 * The shape of the codebook: its themes, and a highlight's themes as far as
 * the codebook cares. Core owns these shapes; the renderer stores themes as
 * `Theme`, and its highlights are assignable to `ThemeAssignment`.
 */

/**
 * One theme of the codebook. Themes nest: a theme with a `parentId` is a child
 * of that theme, and `order` places it among its siblings: 0, 1, 2… with no
 * gaps or repeats in each group of siblings. A theme's name is unique among
 * its siblings, compared trimmed, NFKC-folded and case-insensitively
 * (`checkCodebook` states every rule).
 */
export interface Theme {
  id: string;
  name: string;
  /** Highlight colour, `#rrggbb` in lower case. */
  color: string;
  /** What passages belong under the theme, in a sentence or two. */
  description: string;
  /** Terms that suggest a passage belongs under the theme. */
  keywords: string[];
  /** The theme this one is nested under, or null at the top level. */
  parentId: string | null;
  /** Position among the themes sharing `parentId`, from 0. */
  order: number;
}

/**
 * A highlight's theme assignment: its id and the ids of its themes, in the
 * order the analyst gave them. A stored highlight (with its report, note and
 * selectors) is one of these, so it can be passed as it is.
 */
export interface ThemeAssignment {
  id: string;
  themeIds: string[];
}

/**
 * What a codebook operation reads: every theme, and the highlights whose
 * assignments it may change. Operations that only touch themes (create,
 * rename, recolour, describe, keywords, move) ignore `highlights`, so an empty
 * list will do for them; merge and delete need at least every highlight that
 * carries a theme they may remove: the theme or one nested under it (see
 * `themeSubtree`; the highlights table's `themeIds` index finds them).
 * Operations never modify what they are given.
 */
export interface Codebook {
  themes: readonly Theme[];
  highlights: readonly ThemeAssignment[];
}

/**
 * What the caller gives to create a theme. The id is the caller's (core has
 * no random source); a missing description or keyword list is empty, a
 * missing parent is the top level. `order` is not given: a new theme goes
 * after its siblings.
 */
export interface NewTheme {
  id: string;
  name: string;
  color: string;
  description?: string;
  keywords?: readonly string[];
  parentId?: string | null;
}
