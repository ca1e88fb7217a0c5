/**
 * Where a source's plain text lives inside a `.qdpx`. The standard keeps
 * internal files in a folder named `sources` (lower case; zip paths are
 * case-sensitive and ATLAS.ti refuses `Sources/`), referenced from
 * `project.qde` as `internal://<file name>`. Other tools write `Sources/`,
 * other folders or none, so the reader looks a path up leniently.
 */

/** The folder of internal files. */
export const SOURCES_FOLDER = 'sources';

/** The file name of a source's plain text: `<guid>.txt`. */
export function sourceFileName(guid: string): string {
  return `${guid}.txt`;
}

/** The `plainTextPath` attribute value for a source's text. */
export function internalPath(guid: string): string {
  return `internal://${sourceFileName(guid)}`;
}

/**
 * The zip entry a `plainTextPath` (or a note's path) points at, among
 * `entries` (the zip's file paths): `internal://x.txt` is looked up as
 * `sources/x.txt`, `Sources/x.txt`, `x.txt` and then by file name anywhere,
 * each ignoring case. `relative://` and `absolute://` paths name files
 * outside the zip, which a `.qdpx` alone cannot give, unless a file of the
 * same name was packed inside. Null when nothing matches.
 */
export function findInternalFile(path: string, entries: readonly string[]): string | null {
  const bare = path
    .trim()
    .replace(/^(?:internal|relative|absolute|file):\/*/i, '')
    .replace(/\\/g, '/');
  const lower = new Map<string, string>();
  for (const entry of entries) if (!lower.has(entry.toLowerCase())) lower.set(entry.toLowerCase(), entry);
  for (const candidate of [`${SOURCES_FOLDER}/${bare}`, bare]) {
    const found = lower.get(candidate.toLowerCase());
    if (found !== undefined) return found;
  }
  const baseName = bare.slice(bare.lastIndexOf('/') + 1).toLowerCase();
  if (baseName === '') return null;
  const byName = entries.filter((entry) => entry.slice(entry.lastIndexOf('/') + 1).toLowerCase() === baseName);
  return byName.length === 1 ? (byName[0] ?? null) : null;
}
