/**
 * Reading `<Code>` elements, from a project's `<CodeBook>` or a `.qdc`,
 * as other tools write them: colours in `#rgb` or `#rrggbb` of either case
 * or missing (NVivo leaves them out), `isCodable` missing (the standard's
 * default is true), GUIDs in braces or upper case, a code's memo as a
 * `<NoteRef>` rather than a `<Description>` (MAXQDA).
 */
import { splitCodeDescription } from './code-description';
import { normaliseGuid } from './qda-guid';
import type { QdaCode } from './qda-project';
import type { XmlElement } from './xml-element';

/** A colour attribute as `#rrggbb` in lower case, or null when absent or unreadable. */
export function readColor(value: string | undefined): string | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match?.[1]) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((digit) => digit + digit).join('') : match[1];
  return `#${hex.toLowerCase()}`;
}

/** A GUID attribute as the readers compare GUIDs (lower case, no braces); other values are kept trimmed. */
export function readGuid(value: string | undefined): string {
  return normaliseGuid(value ?? '') ?? (value ?? '').trim();
}

/** What reading codes needs from the rest of the file. */
export interface CodeReading {
  /** The text of the note with this GUID, if the file has it. */
  noteText?: (guid: string) => string | undefined;
  /** Collects what had to be left out. */
  warnings: string[];
  /** GUIDs seen so far, to skip a code whose GUID repeats. */
  seen?: Set<string>;
}

function readCode(element: XmlElement, reading: CodeReading, seen: Set<string>): QdaCode | null {
  const guid = readGuid(element.attribute('guid'));
  const name = (element.attribute('name') ?? '').trim();
  if (guid === '' || seen.has(guid)) {
    reading.warnings.push(`A code ${JSON.stringify(name)} without a GUID, or with one used before, was left out with the codes under it.`);
    return null;
  }
  seen.add(guid);
  const memos = [
    element.child('Description')?.text() ?? '',
    ...element.children('NoteRef').map((ref) => reading.noteText?.(readGuid(ref.attribute('targetGUID'))) ?? ''),
  ].filter((text) => text.trim() !== '');
  const { description, keywords } = splitCodeDescription(memos.join('\n\n'));
  return {
    guid,
    name,
    color: readColor(element.attribute('color')),
    description,
    keywords,
    codable: element.attribute('isCodable')?.trim() !== 'false' && element.attribute('isCodable')?.trim() !== '0',
    children: readCodes(element, reading),
  };
}

/** The codes directly inside `parent` (a `<Codes>` or a `<Code>`), each with the codes nested in it. */
export function readCodes(parent: XmlElement, reading: CodeReading): QdaCode[] {
  const seen = (reading.seen ??= new Set());
  return parent
    .children('Code')
    .map((element) => readCode(element, reading, seen))
    .filter((code): code is QdaCode => code !== null);
}
