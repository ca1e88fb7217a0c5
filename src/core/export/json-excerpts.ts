/**
 * Excerpts as JSON, for scripts and other tools: complete (every field of
 * every excerpt, the whole codebook) and stable (the same input gives the
 * same bytes, keys always in the same order). The format is documented for
 * users in json-excerpts.md beside this file; change both together, and
 * raise the version when a change could break a reader.
 */
import type { PlaceLevel } from '../report/report';
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import type { Theme } from '../themes/theme';
import { themePath } from '../themes/theme-path';
import { themeTree, type ThemeNode } from '../themes/theme-tree';

/** The value of the document's `format` field, naming the format. */
export const EXCERPTS_FORMAT = 'report-reader-excerpts';

/** The format's version, raised whenever a change could break a reader. */
export const EXCERPTS_FORMAT_VERSION = 1;

/** A theme of the codebook as the JSON document writes it. */
export interface JsonTheme {
  id: string;
  name: string;
  /** Names from the top-level theme down to this one. */
  path: string[];
  color: string;
  parentId: string | null;
  description: string;
  keywords: string[];
}

/** An excerpt as the JSON document writes it: the `Excerpt` with its highlight's id as `id`. */
export interface JsonExcerpt {
  id: string;
  text: string;
  start: number;
  end: number;
  themeIds: string[];
  note: string;
  createdAt: string;
  updatedAt: string;
  citation: {
    reportId: string;
    reportTitle: string;
    place: string | null;
    placeLevel: PlaceLevel | null;
    year: number | null;
    headingPath: string[];
    paragraph: number;
  };
}

/** The whole JSON document, in the order its keys are written. */
export interface ExcerptsDocument {
  format: typeof EXCERPTS_FORMAT;
  version: typeof EXCERPTS_FORMAT_VERSION;
  exportedAt: string;
  /** What `start` and `end` count: UTF-16 code units of the report's text. */
  offsets: 'utf16';
  themes: JsonTheme[];
  excerpts: JsonExcerpt[];
}

/**
 * The export as the JSON document's value, keys in their written order: the
 * codebook's themes in tree order (each theme, then the themes nested under
 * it), the excerpts in the order given. Fields the input objects carry beyond
 * the format's are not written.
 *
 * Throws a RangeError when `exportedAt` is not a date, when an excerpt's
 * offsets are not whole numbers spanning exactly its text (the offsets are
 * what a reader finds the passage by), or when two excerpts share a highlight.
 */
export function excerptsDocument(input: ExcerptExport): ExcerptsDocument {
  if (Number.isNaN(Date.parse(input.exportedAt))) throw new RangeError(`jsonExcerpts: exportedAt ${JSON.stringify(input.exportedAt)} is not an ISO 8601 time`);
  const seen = new Set<string>();
  for (const excerpt of input.excerpts) {
    const { highlightId: id, start, end, text } = excerpt;
    if (seen.has(id)) throw new RangeError(`jsonExcerpts: highlight ${JSON.stringify(id)} has two excerpts`);
    seen.add(id);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end - start !== text.length) {
      throw new RangeError(`jsonExcerpts: excerpt ${JSON.stringify(id)} spans ${start}–${end} but its text is ${text.length} code units long`);
    }
  }
  return {
    format: EXCERPTS_FORMAT,
    version: EXCERPTS_FORMAT_VERSION,
    exportedAt: input.exportedAt,
    offsets: 'utf16',
    themes: treeOrder(themeTree(input.themes)).map((theme) => jsonTheme(theme, input.themes)),
    excerpts: input.excerpts.map(jsonExcerpt),
  };
}

/**
 * The excerpts of `input` as a JSON document (see json-excerpts.md):
 * `excerptsDocument` written with two-space indentation and a final "\n".
 * Stable: the same input gives the same string, whatever order the keys of
 * the input objects were in. Returns a string; the caller encodes it as UTF-8
 * into the bytes it saves. Throws as `excerptsDocument` does.
 */
export function jsonExcerpts(input: ExcerptExport): string {
  return `${JSON.stringify(excerptsDocument(input), null, 2)}\n`;
}

/** The themes of a forest, each followed by the themes nested under it. */
function treeOrder(nodes: readonly ThemeNode[]): Theme[] {
  return nodes.flatMap((node) => [node.theme, ...treeOrder(node.children)]);
}

function jsonTheme(theme: Theme, themes: readonly Theme[]): JsonTheme {
  return {
    id: theme.id,
    name: theme.name,
    path: themePath(themes, theme.id),
    color: theme.color,
    parentId: theme.parentId,
    description: theme.description,
    keywords: [...theme.keywords],
  };
}

function jsonExcerpt(excerpt: Excerpt): JsonExcerpt {
  const { citation } = excerpt;
  return {
    id: excerpt.highlightId,
    text: excerpt.text,
    start: excerpt.start,
    end: excerpt.end,
    themeIds: [...excerpt.themeIds],
    note: excerpt.note,
    createdAt: excerpt.createdAt,
    updatedAt: excerpt.updatedAt,
    citation: {
      reportId: citation.reportId,
      reportTitle: citation.reportTitle,
      place: citation.place,
      placeLevel: citation.placeLevel,
      year: citation.year,
      headingPath: [...citation.headingPath],
      paragraph: citation.paragraph,
    },
  };
}
