/**
 * Reading a project's notes (memos) and what ties them to selections. The
 * standard puts a note under `<Notes>` and points at it with `<NoteRef>`;
 * its text is inline (`<PlainTextContent>`) or in a file of the zip
 * (`plainTextPath`, as QualCoder writes journals). NVivo ties an annotation
 * to a selection with a `<Link>` instead of a NoteRef; QualCoder writes an
 * annotation as a note holding its own `<PlainTextSelection>`, referenced
 * from the source.
 */
import { readGuid } from './code-reader';
import type { XmlElement } from './xml-element';

/** A note as read: its text, and the range it annotates when it carries one (QualCoder). */
export interface ReadNote {
  guid: string;
  name: string;
  text: string;
  /** The note's own selection: positions as the file counts them. */
  selection: { guid: string; start: number; end: number } | null;
}

/** Reads the file at a path of the project (`internal://…`); null when it is not in the zip or not text. */
export type TextFileReader = (path: string) => Promise<string | null>;

/** The text of a text-bearing element: its `<PlainTextContent>`, else the file its `plainTextPath` names; null when neither is there. */
export async function elementText(element: XmlElement, readText: TextFileReader): Promise<string | null> {
  const inline = element.child('PlainTextContent');
  if (inline !== undefined) return inline.text();
  const path = element.attribute('plainTextPath');
  return path === undefined || path.trim() === '' ? null : readText(path);
}

/** The notes of the project's `<Notes>`, by GUID. */
export async function readNotes(project: XmlElement, readText: TextFileReader, warnings: string[]): Promise<Map<string, ReadNote>> {
  const notes = new Map<string, ReadNote>();
  for (const element of project.child('Notes')?.children('Note') ?? []) {
    const guid = readGuid(element.attribute('guid'));
    const text = (await elementText(element, readText)) ?? element.child('Description')?.text() ?? null;
    if (text === null) {
      warnings.push(`Note ${JSON.stringify(element.attribute('name') ?? guid)} has no text the file holds; it was left out.`);
      continue;
    }
    const own = element.child('PlainTextSelection');
    const start = Number(own?.attribute('startPosition'));
    const end = Number(own?.attribute('endPosition'));
    notes.set(guid, {
      guid,
      name: element.attribute('name') ?? '',
      text: text.replace(/\r\n?/g, '\n'),
      selection: own !== undefined && Number.isFinite(start) && Number.isFinite(end) ? { guid: readGuid(own.attribute('guid')), start, end } : null,
    });
  }
  return notes;
}

/** The notes each selection is tied to by a `<Link>` (either way round), by the selection's GUID. */
export function linkedNotes(project: XmlElement, notes: ReadonlyMap<string, ReadNote>): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const link of project.child('Links')?.children('Link') ?? []) {
    const origin = readGuid(link.attribute('originGUID'));
    const target = readGuid(link.attribute('targetGUID'));
    const [note, other] = notes.has(origin) ? [origin, target] : notes.has(target) ? [target, origin] : [null, null];
    if (note === null || other === null || other === '') continue;
    links.set(other, [...(links.get(other) ?? []), note]);
  }
  return links;
}
