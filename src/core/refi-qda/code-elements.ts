/**
 * The `<Code>` elements of a codebook, shared by `project.qde` and `.qdc`
 * (the two schemas give a code the same attributes; only the project's may
 * carry NoteRefs, which the app does not write). Every field is checked
 * before anything is written, so a bad codebook fails as a RangeError
 * rather than as a file other tools refuse.
 */
import { codeDescription } from './code-description';
import { isGuid } from './qda-guid';
import { allCodes, type QdaCode } from './qda-project';
import { xmlAttribute, xmlText } from './xml-escape';

const COLOR = /^#[0-9a-f]{6}$/i;

/**
 * Throws a RangeError naming the first code that cannot be written: a GUID
 * not of GUID form or used twice, an empty name, a colour not `#rrggbb`, or
 * a keyword the Description cannot carry. Returns the codes' GUIDs.
 */
export function checkCodes(codes: readonly QdaCode[]): Set<string> {
  const guids = new Set<string>();
  for (const code of allCodes(codes)) {
    const label = `Code ${JSON.stringify(code.name)} (${code.guid})`;
    if (!isGuid(code.guid)) throw new RangeError(`${label} has a guid not of GUID form`);
    if (guids.has(code.guid.toLowerCase())) throw new RangeError(`${label}: guid used twice`);
    guids.add(code.guid.toLowerCase());
    if (code.name.trim() === '') throw new RangeError(`${label} has an empty name`);
    if (code.color !== null && !COLOR.test(code.color)) throw new RangeError(`${label} has colour ${JSON.stringify(code.color)}, not #rrggbb`);
    codeDescription(code.description, code.keywords);
  }
  return guids;
}

/** One code and the codes nested under it, indented by `depth` steps. */
function codeXml(code: QdaCode, depth: number): string {
  const pad = '  '.repeat(depth);
  const color = code.color === null ? '' : ` color="${code.color.toLowerCase()}"`;
  const open = `${pad}<Code guid="${code.guid}" name="${xmlAttribute(code.name)}" isCodable="${code.codable}"${color}`;
  const description = codeDescription(code.description, code.keywords);
  if (description === '' && code.children.length === 0) return `${open}/>\n`;
  const body = [
    description === '' ? '' : `${pad}  <Description>${xmlText(description)}</Description>\n`,
    ...code.children.map((child) => codeXml(child, depth + 1)),
  ].join('');
  return `${open}>\n${body}${pad}</Code>\n`;
}

/**
 * The `<Codes>` element holding `codes` (which must not be empty: the
 * schema wants at least one), indented by `depth` steps. Call `checkCodes`
 * first.
 */
export function codesXml(codes: readonly QdaCode[], depth: number): string {
  if (codes.length === 0) throw new RangeError('codesXml: a Codes element needs at least one code');
  const pad = '  '.repeat(depth);
  return `${pad}<Codes>\n${codes.map((code) => codeXml(code, depth + 1)).join('')}${pad}</Codes>\n`;
}
