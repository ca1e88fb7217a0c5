/**
 * A format reader's lines → reports: the whole understanding of a file.
 * Debris is hidden, site chunks are un-numbered, cut paragraphs rejoined,
 * run-together headings cut out, a compilation split into its reports, and
 * each report built with its outline and metadata.
 */
import type { SourceDocument } from '../import/source-document';
import { buildReport } from './build-report';
import { splitCompilation } from './compilation';
import { withoutControlCharacters } from './control-characters';
import { debrisReason } from './debris';
import { stripInlineDebris } from './inline-debris';
import { joinLines } from './join-lines';
import { pageMetadata } from './page-metadata';
import type { ParseResult } from './report';
import { splitRunTogether } from './run-together';
import { findSiteChunkRuns, stripChunkNumber } from './site-chunks';
import { hidden, kept, type HiddenPiece, type KeptLine, type WorkingLine } from './working-line';

/** The format's lines as working lines, with debris hidden; and how many invisible characters went. */
function markDebris(source: SourceDocument): { lines: WorkingLine[]; invisible: number } {
  const lines: WorkingLine[] = [];
  const dropped = new Map<number, WorkingLine[]>();
  for (const d of source.dropped) dropped.set(d.before, [...(dropped.get(d.before) ?? []), hidden(d.text, d.reason)]);
  let invisible = 0;
  source.lines.forEach((line, index) => {
    lines.push(...(dropped.get(index) ?? []));
    const stripped = stripInlineDebris(line.text);
    invisible += stripped.invisible;
    const text = stripped.text;
    if (!text) return;
    const reason = line.role ? null : debrisReason(text);
    if (reason) lines.push(hidden(line.text.trim(), reason)); // as the file has it, marks and all
    else lines.push({ ...kept(text, { role: line.role, level: line.level, continues: line.continues }), removed: stripped.removed });
  });
  lines.push(...(dropped.get(source.lines.length) ?? []));
  return { lines, invisible };
}

/** The document with control characters taken out of every line, kept and dropped alike; and how many went. */
function withoutControls(source: SourceDocument): { source: SourceDocument; removed: number } {
  let removed = 0;
  const clean = <T extends { text: string }>(line: T): T => {
    const stripped = withoutControlCharacters(line.text);
    removed += stripped.removed;
    return stripped.removed ? { ...line, text: stripped.text } : line;
  };
  const lines = source.lines.map(clean);
  const dropped = source.dropped.map(clean).filter((line) => line.text.trim() !== '');
  return { source: { ...source, lines, dropped }, removed };
}

/** Takes the site's numbers off chunk lines and marks cut chunks to be rejoined. */
function unchunk(lines: WorkingLine[]): WorkingLine[] {
  const keptAt = lines.flatMap((line, i) => (line.kind === 'kept' ? [i] : []));
  const runs = findSiteChunkRuns(keptAt.map((i) => (lines[i] as KeptLine).text));
  const out = [...lines];
  for (const run of runs) {
    for (const k of run.lines) {
      const at = keptAt[k]!;
      const line = out[at] as KeptLine;
      const { text, number } = stripChunkNumber(line.text);
      out[at] = { ...line, text, continues: true, removed: [...line.removed, { text: number, reason: 'site-chunk-number' }] };
    }
    const last = keptAt[run.lines[run.lines.length - 1]!]!;
    out[last] = { ...(out[last] as KeptLine), continues: false };
  }
  return out;
}

/** Hidden pieces of every line, for the page's metadata. */
function allHidden(lines: readonly WorkingLine[]): HiddenPiece[] {
  return lines.flatMap((l) => (l.kind === 'hidden' ? [l] : l.removed));
}

/**
 * Parses a format reader's document into reports. Control characters go
 * first, from every line (see control-characters.ts). A document holding
 * only site debris gives no report (and its lines in `hidden`).
 */
export function parseSource(given: SourceDocument): ParseResult {
  const { source, removed } = withoutControls(given);
  const debris = markDebris(source);
  const marked = unchunk(debris.lines);
  const warnings = [...source.warnings];
  if (debris.invisible) warnings.push(`anti-scrape: ${debris.invisible} invisible characters removed`);
  if (removed) warnings.push(`control-characters: ${removed} control characters removed`);
  const lines = splitRunTogether(joinLines(marked));
  if (!lines.some((l) => l.kind === 'kept')) {
    const all = lines.map((l) => ({ text: l.text, reason: l.kind === 'hidden' ? l.reason : 'debris', before: 0 }));
    return { encoding: source.encoding, compilation: null, reports: [], hidden: all, warnings };
  }
  const page = pageMetadata(allHidden(lines));
  const split = splitCompilation(lines);
  // A title repeated at a page end is hidden only now; the paragraph it cut joins again.
  const reports = split.reports.filter((r) => r.some((l) => l.kind === 'kept')).map((r) => buildReport(joinLines(r), page));
  return {
    encoding: source.encoding,
    compilation: split.compilation,
    reports,
    hidden: split.outside.flatMap((l) => (l.kind === 'hidden' ? [{ text: l.text, reason: l.reason, before: 0 }] : [])),
    warnings,
  };
}
