/**
 * Reading one text source and its selections. Positions in the file count
 * code points of the text as the file holds it; they become UTF-16 offsets
 * into the text with "\n" line ends (`SourceText`). A selection that is
 * reversed is turned round; one that is empty or lies wholly outside the
 * text once clamped to it is left out, with a warning. Codings of codes the
 * codebook lacks are dropped, with a warning. A selection's note gathers its
 * `<Description>`, the notes its `<NoteRef>`s (its own and its codings') and
 * NVivo's `<Link>`s point at. A `<Coding>` on the source itself codes the
 * whole text.
 */
import { readGuid } from './code-reader';
import { derivedGuid } from './qda-guid';
import type { QdaSelection, QdaSource, QdaVariableValue } from './qda-project';
import { elementText, type ReadNote, type TextFileReader } from './note-reader';
import { SourceText } from './source-text';
import { isVariableValue } from './variable-value';
import { readValues, type VariableDeclaration } from './variable-reader';
import type { XmlElement } from './xml-element';

/** What reading a source needs from the rest of the project. */
export interface SourceReading {
  codes: ReadonlySet<string>;
  notes: ReadonlyMap<string, ReadNote>;
  links: ReadonlyMap<string, string[]>;
  variables: ReadonlyMap<string, VariableDeclaration>;
  caseValues: ReadonlyMap<string, QdaVariableValue[]>;
  readText: TextFileReader;
  /** GUIDs of the notes a selection or source took, so the rest are the project's own. */
  usedNotes: Set<string>;
  warnings: string[];
}

/** An xsd:dateTime attribute, or null. */
function time(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return isVariableValue('DateTime', trimmed) ? trimmed : null;
}

/** The text of the notes with these GUIDs that the project has, marking them used. */
function noteTexts(guids: readonly string[], reading: SourceReading): string[] {
  return guids.flatMap((guid) => {
    const note = reading.notes.get(guid);
    if (note === undefined) return [];
    reading.usedNotes.add(guid);
    return [note.text];
  });
}

/** The code GUIDs of `<Coding>` children that the codebook has. */
function codings(element: XmlElement, where: string, reading: SourceReading): string[] {
  const guids: string[] = [];
  for (const coding of element.children('Coding')) {
    const code = readGuid(coding.child('CodeRef')?.attribute('targetGUID'));
    if (reading.codes.has(code)) guids.push(code);
    else reading.warnings.push(`${where} was coded with ${code || 'no code'}, which is not in the codebook; that coding was left out.`);
  }
  return [...new Set(guids)];
}

/** `[start, end)` in the app's offsets for the file's positions, or null when nothing of the text is left. */
function range(text: SourceText, from: number, to: number): { start: number; end: number } | null {
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null;
  const [low, high] = from <= to ? [from, to] : [to, from];
  const start = text.toOffset(low);
  const end = text.toOffset(high);
  return start < end ? { start, end } : null;
}

function readSelection(element: XmlElement, text: SourceText, sourceName: string, reading: SourceReading): QdaSelection | null {
  const guid = readGuid(element.attribute('guid'));
  const where = `Selection ${guid} of source ${JSON.stringify(sourceName)}`;
  const from = Number(element.attribute('startPosition'));
  const to = Number(element.attribute('endPosition'));
  const span = range(text, from, to);
  if (span === null) {
    reading.warnings.push(`${where} (positions ${element.attribute('startPosition')}–${element.attribute('endPosition')}) is empty or outside the text (${text.positions} characters); it was left out.`);
    return null;
  }
  if (from < 0 || to < 0 || Math.max(from, to) > text.positions) reading.warnings.push(`${where} ran past the text and was cut to fit it.`);
  const refs = [
    ...element.children('NoteRef'),
    ...element.children('Coding').flatMap((coding) => coding.children('NoteRef')),
  ].map((ref) => readGuid(ref.attribute('targetGUID')));
  const notes = [element.child('Description')?.text() ?? '', ...noteTexts([...refs, ...(reading.links.get(guid) ?? [])], reading)];
  return {
    guid,
    ...span,
    codeGuids: codings(element, where, reading),
    note: [...new Set(notes.filter((note) => note.trim() !== ''))].join('\n\n'),
    createdAt: time(element.attribute('creationDateTime')),
    modifiedAt: time(element.attribute('modifiedDateTime')),
  };
}

/** The annotations QualCoder writes: notes with their own selection, referenced from the source. */
function annotations(element: XmlElement, text: SourceText, reading: SourceReading): QdaSelection[] {
  return element.children('NoteRef').flatMap((ref) => {
    const note = reading.notes.get(readGuid(ref.attribute('targetGUID')));
    const span = note?.selection ? range(text, note.selection.start, note.selection.end) : null;
    if (!note?.selection || span === null || note.text.trim() === '') return [];
    reading.usedNotes.add(note.guid);
    return [{ guid: note.selection.guid || derivedGuid('annotation', note.guid), ...span, codeGuids: [], note: note.text, createdAt: null, modifiedAt: null }];
  });
}

/**
 * The source `element` describes (a `<TextSource>`, or a PDF source's text
 * `<Representation>` named after the PDF), or null with a warning when its
 * text is neither inline nor in the zip.
 */
export async function readTextSource(element: XmlElement, reading: SourceReading, fallbackName: string): Promise<QdaSource | null> {
  const guid = readGuid(element.attribute('guid'));
  const name = element.attribute('name')?.trim() || fallbackName;
  const raw = await elementText(element, reading.readText);
  if (raw === null) {
    reading.warnings.push(`Source ${JSON.stringify(name)}: its text is neither in project.qde nor in the zip (${element.attribute('plainTextPath') ?? 'no path'}); it was left out with its selections.`);
    return null;
  }
  const text = new SourceText(raw);
  const selections = element
    .children('PlainTextSelection')
    .map((selection) => readSelection(selection, text, name, reading))
    .filter((selection): selection is QdaSelection => selection !== null);
  const whole = codings(element, `Source ${JSON.stringify(name)}`, reading);
  if (whole.length > 0 && text.text.length > 0) {
    selections.push({ guid: derivedGuid('whole-source', guid), start: 0, end: text.text.length, codeGuids: whole, note: '', createdAt: null, modifiedAt: null });
  }
  selections.push(...annotations(element, text, reading));
  // The source's own values first; a case's value of a variable the source already has is not repeated.
  const named = new Set<string>();
  const variables = [...readValues(element, reading.variables), ...(reading.caseValues.get(guid) ?? [])].filter((value) => !named.has(value.name) && named.add(value.name));
  return { guid, name, text: text.text, variables, selections };
}
