/**
 * The project file `project.qde` (REFI-QDA Project Exchange), valid against
 * Project.xsd. Elements come in the order the schema's sequence wants:
 * CodeBook, Variables, Sources, Notes, then the project's own NoteRefs.
 *
 * - Each source is a `<TextSource>` whose text is not inlined but kept in
 *   `sources/<guid>.txt` (`plainTextPath="internal://<guid>.txt"`).
 * - A source's metadata are `<VariableValue>`s on the source itself (the
 *   schema allows them on a TextSource as on a Case; one report is one
 *   source, so no Cases are written). Each variable name is declared once
 *   under `<Variables>`, with the type all its values share, else Text.
 * - Each selection is a `<PlainTextSelection>` whose `startPosition` and
 *   `endPosition` count Unicode code points of the source text (zero-based,
 *   end exclusive), converted from the app's UTF-16 offsets; a `<Coding>` per
 *   code; its note as a `<Note>` under `<Notes>` (with `<PlainTextContent>`)
 *   referenced by a `<NoteRef>`.
 * - GUIDs of codings, notes and variables are name-based on what they
 *   belong to (`derivedGuid`), so the same project always gives the same file.
 */
import { CodePointOffsets } from './code-point-offsets';
import { checkCodes, codesXml } from './code-elements';
import { derivedGuid, isGuid } from './qda-guid';
import { QDA_ORIGIN, type QdaProject, type QdaSelection, type QdaSource, type QdaVariableType, type QdaVariableValue } from './qda-project';
import { internalPath } from './source-path';
import { isVariableValue, valueElementName } from './variable-value';
import { xmlAttribute, xmlText } from './xml-escape';

/** How many characters of the passage a selection's `name` shows. */
const NAME_LENGTH = 40;

/** The GUID of the coding of `codeGuid` on a selection. */
const codingGuid = (selectionGuid: string, codeGuid: string): string => derivedGuid('coding', `${selectionGuid}/${codeGuid}`);
/** The GUID of a selection's note. */
const noteGuid = (selectionGuid: string): string => derivedGuid('note', selectionGuid);
/** The GUID of a variable, by its name. */
const variableGuid = (name: string): string => derivedGuid('variable', name);

/** Throws a RangeError when `guid` is not of GUID form or was already used in the project. */
function claim(guids: Set<string>, guid: string, what: string): void {
  if (!isGuid(guid)) throw new RangeError(`${what} has guid ${JSON.stringify(guid)}, not of GUID form`);
  if (guids.has(guid.toLowerCase())) throw new RangeError(`${what}: guid ${guid} is used twice`);
  guids.add(guid.toLowerCase());
}

/** The type each variable name is declared with: the one all its values share, else Text. */
function variableTypes(sources: readonly QdaSource[]): Map<string, QdaVariableType> {
  const types = new Map<string, QdaVariableType>();
  for (const source of sources) {
    for (const { name, type, value } of source.variables) {
      if (name.trim() === '') throw new RangeError(`Source ${JSON.stringify(source.name)} has a variable with an empty name`);
      if (!isVariableValue(type, value)) throw new RangeError(`Variable ${JSON.stringify(name)} of source ${JSON.stringify(source.name)}: ${JSON.stringify(value)} is not a ${type} value`);
      const known = types.get(name);
      types.set(name, known === undefined || known === type ? type : 'Text');
    }
  }
  return types;
}

/** An ISO time as a `…DateTime` attribute, or nothing when absent or not an xsd:dateTime. */
function timeAttribute(name: string, time: string | null): string {
  return time !== null && isVariableValue('DateTime', time) ? ` ${name}="${time}"` : '';
}

/** A selection's `name`: the start of its passage on one line. */
function selectionName(passage: string): string {
  const line = passage.replace(/\s+/g, ' ').trim();
  const points = Array.from(line);
  return points.length > NAME_LENGTH ? `${points.slice(0, NAME_LENGTH).join('')}…` : line;
}

function selectionXml(source: QdaSource, selection: QdaSelection, offsets: CodePointOffsets): string {
  const { start, end } = selection;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= source.text.length)) {
    throw new RangeError(`Selection ${selection.guid} of source ${JSON.stringify(source.name)}: [${start}, ${end}) is not a non-empty range of its text (length ${source.text.length})`);
  }
  const from = offsets.toCodePoints(start);
  const to = offsets.toCodePoints(end);
  const codings = [...new Set(selection.codeGuids)].map(
    (code) => `      <Coding guid="${codingGuid(selection.guid, code)}"><CodeRef targetGUID="${code}"/></Coding>\n`,
  );
  const note = selection.note === '' ? [] : [`      <NoteRef targetGUID="${noteGuid(selection.guid)}"/>\n`];
  const open =
    `    <PlainTextSelection guid="${selection.guid}" name="${xmlAttribute(selectionName(source.text.slice(start, end)))}" ` +
    `startPosition="${from}" endPosition="${to}"${timeAttribute('creationDateTime', selection.createdAt)}${timeAttribute('modifiedDateTime', selection.modifiedAt)}`;
  const body = [...codings, ...note];
  return body.length === 0 ? `${open}/>\n` : `${open}>\n${body.join('')}    </PlainTextSelection>\n`;
}

/** A source's variable value, as the type its variable is declared with (Text when its values' types differ). */
function valueXml({ name, type, value }: QdaVariableValue, declared: QdaVariableType): string {
  const element = valueElementName(declared);
  const lexical = type === 'Text' ? value : value.trim();
  return `    <VariableValue><VariableRef targetGUID="${variableGuid(name)}"/><${element}>${xmlText(lexical)}</${element}></VariableValue>\n`;
}

function sourceXml(source: QdaSource, types: ReadonlyMap<string, QdaVariableType>): string {
  const offsets = new CodePointOffsets(source.text);
  const selections = source.selections.map((selection) => selectionXml(source, selection, offsets));
  const values = source.variables.map((value) => valueXml(value, types.get(value.name) ?? 'Text'));
  const open = `  <TextSource guid="${source.guid}" name="${xmlAttribute(source.name)}" plainTextPath="${internalPath(source.guid)}"`;
  const body = [...selections, ...values];
  return body.length === 0 ? `${open}/>\n` : `${open}>\n${body.join('')}  </TextSource>\n`;
}

/** Checks every GUID, reference and range of `project`; throws a RangeError naming the first fault. */
function checkProject(project: QdaProject): Map<string, QdaVariableType> {
  const guids = new Set<string>(checkCodes(project.codebook.codes));
  const codes = new Set(guids);
  for (const source of project.sources) {
    claim(guids, source.guid, `Source ${JSON.stringify(source.name)}`);
    for (const selection of source.selections) {
      claim(guids, selection.guid, `A selection of source ${JSON.stringify(source.name)}`);
      if (selection.note !== '') claim(guids, noteGuid(selection.guid), `The note of selection ${selection.guid}`);
      for (const code of selection.codeGuids) {
        if (!codes.has(code.toLowerCase())) throw new RangeError(`Selection ${selection.guid} is coded with ${code}, which is not a code of the codebook`);
      }
    }
  }
  for (const note of project.notes) claim(guids, note.guid, `Note ${JSON.stringify(note.name)}`);
  return variableTypes(project.sources);
}

/**
 * The `project.qde` XML of `project` (see the module comment for what goes
 * where). Throws a RangeError when a GUID is not of GUID form or used twice,
 * a selection is empty, reversed, outside its text or splits a surrogate
 * pair, a selection is coded with a code not in the codebook, or a variable
 * value is not of its type.
 */
export function qdeXml(project: QdaProject): string {
  const types = checkProject(project);
  const parts: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>\n',
    `<Project xmlns="urn:QDA-XML:project:1.0" name="${xmlAttribute(project.name)}" origin="${xmlAttribute(QDA_ORIGIN)}"${timeAttribute('creationDateTime', project.createdAt)}>\n`,
  ];
  if (project.codebook.codes.length > 0) parts.push('<CodeBook>\n', codesXml(project.codebook.codes, 1), '</CodeBook>\n');
  if (types.size > 0) {
    parts.push('<Variables>\n');
    for (const [name, type] of types) parts.push(`  <Variable guid="${variableGuid(name)}" name="${xmlAttribute(name)}" typeOfVariable="${type}"/>\n`);
    parts.push('</Variables>\n');
  }
  if (project.sources.length > 0) parts.push('<Sources>\n', ...project.sources.map((source) => sourceXml(source, types)), '</Sources>\n');
  const notes = [
    ...project.sources.flatMap((source) =>
      source.selections.filter((selection) => selection.note !== '').map((selection) => ({ guid: noteGuid(selection.guid), name: selectionName(source.text.slice(selection.start, selection.end)), text: selection.note })),
    ),
    ...project.notes,
  ];
  if (notes.length > 0) {
    parts.push('<Notes>\n');
    for (const note of notes) parts.push(`  <Note guid="${note.guid}" name="${xmlAttribute(note.name)}"><PlainTextContent>${xmlText(note.text)}</PlainTextContent></Note>\n`);
    parts.push('</Notes>\n');
  }
  for (const note of project.notes) parts.push(`<NoteRef targetGUID="${note.guid}"/>\n`);
  parts.push('</Project>\n');
  return parts.join('');
}
