/**
 * A codebook on its own, as a `.qdc` file (REFI-QDA Codebook Exchange),
 * valid against Codebook.xsd: the codes with their colours, descriptions
 * (keywords on a last line, see `codeDescription`) and nesting.
 */
import { checkCodes, codesXml } from './code-elements';
import { QDA_ORIGIN, type QdaCodebook } from './qda-project';
import { xmlAttribute } from './xml-escape';

/**
 * The `.qdc` XML of `codebook`. Throws a RangeError when a code cannot be
 * written (see `checkCodes`) or there are no codes, since Codebook.xsd wants
 * at least one.
 */
export function qdcXml(codebook: QdaCodebook): string {
  checkCodes(codebook.codes);
  if (codebook.codes.length === 0) throw new RangeError('qdcXml: a codebook file needs at least one code');
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="${xmlAttribute(QDA_ORIGIN)}">\n` +
    codesXml(codebook.codes, 1) +
    '</CodeBook>\n'
  );
}
