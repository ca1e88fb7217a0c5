/**
 * Reading `project.qde` as NVivo, ATLAS.ti, MAXQDA and QualCoder write it
 * (see the readers it is made of: codes, notes, variables, sources). Only
 * text is read: a picture, audio or video source is left out with a
 * warning, and a PDF source is read through its text `<Representation>`
 * when it has one. Notes no selection or source took become the project's
 * notes (memos, journals).
 */
import { readCodes } from './code-reader';
import { QdaError } from './qda-error';
import { allCodes, type QdaNote, type QdaProject, type QdaSource } from './qda-project';
import { linkedNotes, readNotes, type TextFileReader } from './note-reader';
import { readTextSource, type SourceReading } from './source-reader';
import { caseValues, readVariables } from './variable-reader';
import { isVariableValue } from './variable-value';
import { xmlRoot, type XmlElement } from './xml-element';

/** Source elements the app cannot read, and what to call them in a warning. */
const MEDIA_SOURCES: Readonly<Record<string, string>> = {
  PictureSource: 'picture',
  AudioSource: 'audio',
  VideoSource: 'video',
};

/** The text source an element of `<Sources>` stands for, if any, and the name to fall back on. */
function textSourceOf(element: XmlElement, index: number): { text: XmlElement; name: string } | null {
  const name = element.attribute('name')?.trim() || `Source ${index + 1}`;
  if (element.name === 'TextSource') return { text: element, name };
  if (element.name === 'PDFSource') {
    const representation = element.child('Representation');
    return representation === undefined ? null : { text: representation, name };
  }
  return null;
}

/**
 * The project in `xml`. `readText` gives the files its sources and notes
 * name by path (`internal://…`); a `.qde` whose texts are all inline needs
 * none. Throws QdaError `not-refi` when the root element is not a
 * `Project`; anything else a reader cannot use is left out and named in
 * `warnings`.
 */
export async function readQde(xml: string, readText: TextFileReader = async () => null): Promise<QdaProject> {
  const root = xmlRoot(xml);
  if (root?.name !== 'Project') {
    throw new QdaError('not-refi', `The file is not a REFI-QDA project: its root element is ${root === null ? 'missing' : `<${root.name}>`}, not <Project>.`);
  }
  const warnings: string[] = [];
  const notes = await readNotes(root, readText, warnings);
  const usedNotes = new Set<string>();
  const noteText = (guid: string): string | undefined => {
    const note = notes.get(guid);
    if (note !== undefined) usedNotes.add(guid);
    return note?.text;
  };
  const codesElement = root.child('CodeBook')?.child('Codes');
  const codes = codesElement === undefined ? [] : readCodes(codesElement, { warnings, noteText });
  const variables = readVariables(root);
  const reading: SourceReading = {
    codes: new Set(allCodes(codes).map((code) => code.guid)),
    notes,
    links: linkedNotes(root, notes),
    variables,
    caseValues: caseValues(root, variables),
    readText,
    usedNotes,
    warnings,
  };

  const sources: QdaSource[] = [];
  for (const [index, element] of (root.child('Sources')?.children() ?? []).entries()) {
    const textSource = textSourceOf(element, index);
    if (textSource === null) {
      const kind = MEDIA_SOURCES[element.name] ?? (element.name === 'PDFSource' ? 'PDF (without a text representation)' : element.name);
      warnings.push(`Source ${JSON.stringify(element.attribute('name') ?? '')} is a ${kind} source; only text sources are read, so it was left out.`);
      continue;
    }
    const source = await readTextSource(textSource.text, reading, textSource.name);
    if (source !== null) sources.push(source);
  }

  const projectNotes: QdaNote[] = [...notes.values()]
    .filter((note) => !usedNotes.has(note.guid) && note.selection === null)
    .map(({ guid, name, text }) => ({ guid, name, text }));
  const createdAt = root.attribute('creationDateTime')?.trim() ?? '';
  return {
    name: root.attribute('name')?.trim() ?? '',
    origin: root.attribute('origin')?.trim() || null,
    createdAt: isVariableValue('DateTime', createdAt) ? createdAt : null,
    codebook: { codes },
    sources,
    notes: projectNotes,
    warnings,
  };
}
