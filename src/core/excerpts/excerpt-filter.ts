/**
 * Which excerpts the 摘录 view and an export show: a filter by theme, place,
 * level, year, report and free text, and the function that applies it.
 */
import type { PlaceLevel } from '../report/report';
import type { Theme } from '../themes/theme';
import { themeSubtree } from '../themes/theme-subtree';
import type { Excerpt } from './excerpt';

/**
 * The theme id that stands for "no theme" in `ExcerptFilter.themeIds`: it
 * matches the excerpts none of whose themes is in the codebook (untagged
 * ones, and those whose themes were all deleted), the excerpts
 * `groupByTheme` puts in its group without a theme. No theme has an empty id.
 */
export const NO_THEME = '';

/** What the interface and the exports call the excerpts with no theme (`NO_THEME`). */
export const NO_THEME_NAME = '未标主题';

/**
 * A filter over excerpts. Every criterion given must hold (they are ANDed);
 * within a list any one value will do (ORed). A criterion left out, an empty
 * list and a blank `text` place no constraint, so `{}` lets everything through.
 */
export interface ExcerptFilter {
  /** Excerpts with any of these themes; `NO_THEME` for those with none. */
  themeIds?: string[];
  /** A theme in `themeIds` also stands for every theme nested under it, at any depth. */
  includeChildThemes?: boolean;
  /** Places as the citation writes them (`某某镇`), compared exactly. */
  places?: string[];
  levels?: PlaceLevel[];
  years?: number[];
  reportIds?: string[];
  /**
   * Free text: split at white space into terms, each of which must occur in
   * the passage, the note, the report title or a heading of the heading path.
   * Matching ignores case and treats full-width and half-width forms alike
   * (NFKC: `２０２４` finds `2024`, `ＧＤＰ` finds `gdp`). Chinese is matched as
   * written, term by term (`粮食 安全` finds passages with both words).
   */
  text?: string;
}

/**
 * The excerpts `filter` lets through, in the order given. `themes` is the
 * codebook: it says which themes are nested under which
 * (`includeChildThemes`) and which excerpts have none of its themes
 * (`NO_THEME`). A theme id in the filter that the codebook lacks (a theme
 * deleted since the filter was saved) still matches excerpts that carry it.
 */
export function filterExcerpts(excerpts: readonly Excerpt[], filter: ExcerptFilter, themes: readonly Theme[]): Excerpt[] {
  const tests: ((excerpt: Excerpt) => boolean)[] = [];
  const known = new Set(themes.map((theme) => theme.id));

  if (filter.themeIds && filter.themeIds.length > 0) {
    const wanted = new Set<string>();
    for (const id of filter.themeIds) {
      if (filter.includeChildThemes && known.has(id)) themeSubtree(themes, id).forEach((each) => wanted.add(each));
      else wanted.add(id);
    }
    const unthemed = wanted.has(NO_THEME);
    tests.push((excerpt) => excerpt.themeIds.some((id) => wanted.has(id)) || (unthemed && !excerpt.themeIds.some((id) => known.has(id))));
  }
  const listed = <T>(values: readonly T[] | undefined, value: (excerpt: Excerpt) => T | null) => {
    if (!values || values.length === 0) return;
    const set = new Set(values);
    tests.push((excerpt) => {
      const held = value(excerpt);
      return held !== null && set.has(held);
    });
  };
  listed(filter.places, (excerpt) => excerpt.citation.place);
  listed(filter.levels, (excerpt) => excerpt.citation.placeLevel);
  listed(filter.years, (excerpt) => excerpt.citation.year);
  listed(filter.reportIds, (excerpt) => excerpt.citation.reportId);

  const terms = searchTerms(filter.text ?? '');
  if (terms.length > 0) {
    tests.push((excerpt) => {
      const { citation } = excerpt;
      const haystack = fold([excerpt.text, excerpt.note, citation.reportTitle, ...citation.headingPath].join('\n'));
      return terms.every((term) => haystack.includes(term));
    });
  }

  return tests.length === 0 ? [...excerpts] : excerpts.filter((excerpt) => tests.every((test) => test(excerpt)));
}

/** The folded terms of a free-text query, blanks dropped. */
function searchTerms(query: string): string[] {
  return fold(query)
    .split(/\s+/)
    .filter((term) => term !== '');
}

/** Text as free-text search compares it: NFKC-folded (full-width forms to half-width), lower case. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
