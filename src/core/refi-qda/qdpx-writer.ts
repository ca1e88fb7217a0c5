/**
 * A whole project as a `.qdpx` file: a zip holding `project.qde` and each
 * source's plain text as `sources/<guid>.txt` in UTF-8 without a byte order
 * mark (so position 0 is the text's first character), with the "\n" line
 * ends the app keeps. Entries are deflated and dated at a fixed time, so the
 * same project always gives the same bytes.
 */
import JSZip from 'jszip';
import type { QdaProject } from './qda-project';
import { qdeXml } from './qde-writer';
import { SOURCES_FOLDER, sourceFileName } from './source-path';

/** The name of the project file inside the zip. */
export const PROJECT_ENTRY = 'project.qde';

/** The date every entry carries (zip dates are local DOS times; a fixed one keeps output deterministic). */
const ENTRY_DATE = new Date(2000, 0, 1);

/**
 * The `.qdpx` bytes of `project`. Throws the RangeError `qdeXml` throws for
 * a project that cannot be written.
 */
export async function qdpx(project: QdaProject): Promise<Uint8Array> {
  const zip = new JSZip();
  const options = { date: ENTRY_DATE, createFolders: false };
  zip.file(PROJECT_ENTRY, qdeXml(project), options);
  for (const source of project.sources) zip.file(`${SOURCES_FOLDER}/${sourceFileName(source.guid)}`, source.text, options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
