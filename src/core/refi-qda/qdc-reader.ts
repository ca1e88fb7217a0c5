/**
 * Reading a codebook file (`.qdc`, REFI-QDA Codebook Exchange) as NVivo,
 * ATLAS.ti, MAXQDA and QualCoder write it. A project file's `<CodeBook>` is
 * accepted too (some tools export the codebook with the project namespace),
 * as is a whole `<Project>`, whose codebook is taken.
 */
import { readCodes } from './code-reader';
import { QdaError } from './qda-error';
import type { QdaCodebook } from './qda-project';
import { xmlRoot } from './xml-element';

/**
 * The codebook in `xml`. Throws QdaError `not-refi` when the root element
 * is neither a `CodeBook` nor a `Project`. A codebook with no codes is
 * returned empty.
 */
export function readQdc(xml: string): QdaCodebook {
  const root = xmlRoot(xml);
  const codebook = root?.name === 'Project' ? root.child('CodeBook') : root;
  if (root === null || (root.name !== 'CodeBook' && root.name !== 'Project')) {
    throw new QdaError('not-refi', `The file is not a REFI-QDA codebook: its root element is ${root === null ? 'missing' : `<${root.name}>`}, not <CodeBook>.`);
  }
  const codes = codebook?.child('Codes');
  return { codes: codes === undefined ? [] : readCodes(codes, { warnings: [] }) };
}
