/**
 * A REFI-QDA project as the app exchanges it with NVivo, ATLAS.ti, MAXQDA and
 * QualCoder: a codebook of codes, text sources with their variables, and the
 * coded selections of each source with their notes. The writers turn it into
 * `project.qde` / `.qdpx` / `.qdc`; the readers make it from what other tools
 * write.
 *
 * Offsets here count UTF-16 code units of `QdaSource.text`, as every offset
 * in the app does. The files count Unicode code points (a character outside
 * the Basic Multilingual Plane, such as 𠀀, is one position there and two
 * code units here); the writers and readers convert (`CodePointOffsets`).
 */

/** The software the app names in the `origin` attribute of the files it writes. */
export const QDA_ORIGIN = '政府工作报告阅读器';

/** The kinds of value a REFI-QDA variable holds (`typeOfVariable`). */
export type QdaVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

/**
 * One variable's value on a source, e.g. the report's place or year. `value`
 * is the lexical form the schema wants for `type`: any string for Text,
 * `true`/`false`, an integer, a decimal, `YYYY-MM-DD`, an ISO date-time.
 */
export interface QdaVariableValue {
  name: string;
  type: QdaVariableType;
  value: string;
}

/**
 * A coded passage of a source (a highlight): `[start, end)` in UTF-16 code
 * units of the source's text, the codes applied to it and the analyst's note
 * ('' for none).
 */
export interface QdaSelection {
  guid: string;
  start: number;
  end: number;
  /** Guids of the codes applied, in the analyst's order. */
  codeGuids: string[];
  note: string;
  /** ISO 8601 times, or null when unknown. */
  createdAt: string | null;
  modifiedAt: string | null;
}

/** A plain-text source: one report, its text, its variables and its selections. */
export interface QdaSource {
  guid: string;
  name: string;
  /** The plain text the selections' offsets count into, with "\n" line ends. */
  text: string;
  variables: QdaVariableValue[];
  selections: QdaSelection[];
}

/**
 * A code of the codebook (a theme). `children` are the codes nested under
 * it, in order. REFI-QDA has no keyword list: the writers keep `keywords` in
 * the code's Description, on a last line `关键词：甲；乙` that the readers take
 * back out (`codeDescription`). A code another tool marks as not codable (a
 * category) has `codable` false.
 */
export interface QdaCode {
  guid: string;
  name: string;
  /** `#rrggbb` in lower case, or null when the file gives none. */
  color: string | null;
  description: string;
  keywords: string[];
  codable: boolean;
  children: QdaCode[];
}

/** The codes of a project or of a `.qdc` file, top-level codes first in order. */
export interface QdaCodebook {
  codes: QdaCode[];
}

/** A note that belongs to the project as a whole (a memo), not to a selection. */
export interface QdaNote {
  guid: string;
  name: string;
  text: string;
}

/** A whole project. */
export interface QdaProject {
  name: string;
  /** The software that wrote the file (`origin`), or null. */
  origin: string | null;
  /** ISO 8601 time the project was made, or null. */
  createdAt: string | null;
  codebook: QdaCodebook;
  sources: QdaSource[];
  notes: QdaNote[];
  /**
   * What a reader left out or had to guess, in plain English (a PDF source,
   * a selection outside its text, a coding of an unknown code). Empty for a
   * project made in the app; the writers ignore it.
   */
  warnings: string[];
}

/** The codes of `codes` and of every code nested in them, parents before children. */
export function allCodes(codes: readonly QdaCode[]): QdaCode[] {
  return codes.flatMap((code) => [code, ...allCodes(code.children)]);
}
