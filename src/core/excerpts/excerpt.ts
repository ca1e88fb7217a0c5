/**
 * An excerpt: one highlight as it leaves the app, with its passage, themes,
 * note and the citation an analyst writes under a quotation. Every export
 * (Markdown, CSV, XLSX, DOCX, HTML, JSON, QDPX) and the 摘录 view are made
 * from these.
 *
 * Offsets count UTF-16 code units of the report's stored, normalised plain
 * text, as the highlight's selectors do (src/core/anchoring/selectors.ts).
 */
import type { PlaceLevel } from '../report/report';
import type { Theme } from '../themes/theme';

/** Where a passage stands: the report and the place in it. */
export interface Citation {
  reportId: string;
  reportTitle: string;
  place: string | null;
  placeLevel: PlaceLevel | null;
  year: number | null;
  /** The headings above the passage, outermost first, as written (`['二、2023年工作安排', '（五）坚持底线思维']`). */
  headingPath: string[];
  /** The passage's paragraph, counted from 1 over the report's paragraph blocks (title, headings and captions not counted); 0 when it starts outside any paragraph. */
  paragraph: number;
}

export interface Excerpt {
  highlightId: string;
  /** The passage, exactly as it stands in the report's text. */
  text: string;
  /** Offset of the passage's first code unit in the report's text, inclusive. */
  start: number;
  /** Offset just past the passage's last code unit, exclusive. */
  end: number;
  /** The highlight's themes, in the order the analyst gave them. */
  themeIds: string[];
  note: string;
  /** ISO 8601 times of the highlight. */
  createdAt: string;
  updatedAt: string;
  citation: Citation;
}

/** What every excerpt writer takes: the excerpts in the order to write them, and the codebook that names their themes. */
export interface ExcerptExport {
  excerpts: readonly Excerpt[];
  /** The codebook in its order; themes an excerpt names but the codebook lacks are written by id. */
  themes: readonly Theme[];
  /** ISO 8601 time of the export, written where a format has a place for it (so output is reproducible in tests). */
  exportedAt: string;
}
