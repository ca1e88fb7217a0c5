/**
 * One report's working lines → the finished report: title, front matter,
 * outline, paragraphs and captions as blocks over one clean text; hidden
 * lines kept beside it; metadata read from title, venue and page.
 */
import { checkReport } from './check-report';
import { readLoneDate, readSpeaker, readVenue } from './front-matter';
import { lineRoles, type LineRole } from './line-role';
import { outlineLevels } from './outline-levels';
import type { PageMetadata } from './page-metadata';
import type { Block, HiddenLine, ParsedReport } from './report';
import { meetingPlace, titlePlace } from './report-place';
import { findTitleLine, readTitle, reportNameIn } from './report-title';
import { reportWarnings } from './report-warnings';
import { reportYear } from './report-year';
import type { KeptLine, WorkingLine } from './working-line';

/** How many kept lines after the title may be front matter (venue, date, speaker, a note). */
const FRONT_MATTER_WINDOW = 4;
/** A paragraph ending so was not cut off. */
const COMPLETE_END = /[。！？!?…”’」』）)】.]$/u;
/** A title that names no place: `政府工作报告`, `2023年政府工作报告`. */
const GENERIC_TITLE = /^(?:(?:19|20)\d{2}年(?:度)?)?(?:人民)?政府工作报告$/u;

/** The role of each kept line, by index into the report's working lines. */
type Roles = Map<number, LineRole | { kind: 'title' } | { kind: 'front' }>;

/** Builds one report from its working lines and the page's metadata. */
export function buildReport(lines: readonly WorkingLine[], page: PageMetadata): ParsedReport {
  const keptAt = lines.flatMap((line, i) => (line.kind === 'kept' ? [i] : []));
  if (keptAt.length === 0) throw new RangeError('buildReport: a report needs at least one kept line');
  const kept = (i: number) => lines[i] as KeptLine;

  const declaredTitle = keptAt.findIndex((i) => kept(i).role === 'title');
  const titleAt = declaredTitle >= 0 ? declaredTitle : findTitleLine(keptAt.slice(0, 10).map((i) => kept(i).text));
  const reading = readTitle(kept(keptAt[titleAt]!).text);
  const { lineIsTitle } = reading;
  // No title line: a document-sharing site's note about the file may name the report.
  const named = lineIsTitle
    ? null
    : (lines.flatMap((l) => (l.kind === 'hidden' && l.reason === 'doc-sharing' ? [reportNameIn(l.text)] : [])).find((n) => n !== null) ?? null);
  const titleText = named ?? reading.title;

  const roles: Roles = new Map();
  if (lineIsTitle) roles.set(keptAt[titleAt]!, { kind: 'title' });
  let date: string | null = null;
  let speaker: string | null = null;
  let meeting: string | null = null;
  for (const i of keptAt.slice(titleAt + 1, titleAt + 1 + FRONT_MATTER_WINDOW)) {
    const text = kept(i).text;
    const venue = readVenue(text);
    const lone = venue ? null : readLoneDate(text);
    const who = venue || lone ? null : readSpeaker(text);
    if (!venue && lone === null && who === null && !/^[（(].*[)）]$/u.test(text)) break;
    roles.set(i, { kind: 'front' });
    date ??= venue?.date ?? lone;
    meeting ??= venue?.meeting ?? null;
    speaker ??= who;
  }

  const body = keptAt.filter((i) => !roles.has(i));
  const bodyRoles = lineRoles(body.map(kept));
  const headings = body.flatMap((i, n) => {
    const role = bodyRoles[n]!;
    return role.kind === 'heading' ? [{ i, role }] : [];
  });
  const levels = outlineLevels(headings.map(({ role }) => ({ style: role.style, declared: role.level })));
  headings.forEach(({ role }, n) => (role.level = levels[n]));
  body.forEach((i, n) => roles.set(i, bodyRoles[n]!));

  const blocks: Block[] = [];
  const hidden: HiddenLine[] = [];
  const texts: string[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    if (line.kind === 'hidden') {
      hidden.push({ text: line.text, reason: line.reason, before: blocks.length });
      return;
    }
    for (const piece of line.removed) hidden.push({ ...piece, before: blocks.length });
    const role = roles.get(i) ?? { kind: 'paragraph' };
    const start = offset;
    const end = start + line.text.length;
    if (role.kind === 'title') blocks.push({ kind: 'title', start, end });
    else if (role.kind === 'heading' && role.runInEnd === undefined) blocks.push({ kind: 'heading', level: role.level ?? 1, start, end });
    else if (role.kind === 'heading') blocks.push({ kind: 'paragraph', runIn: { level: role.level ?? 1, end: start + role.runInEnd! }, start, end });
    else if (role.kind === 'caption') blocks.push({ kind: 'caption', start, end });
    else blocks.push({ kind: 'paragraph', start, end });
    texts.push(line.text);
    offset = end + 1;
  });
  const text = texts.join('\n');

  const fromTitle = titlePlace(titleText, text);
  const fromVenue = meeting ? meetingPlace(meeting) : null;
  const place = fromTitle.place ? fromTitle : (fromVenue ?? fromTitle);
  const title = GENERIC_TITLE.test(titleText) && place.place ? `${place.place}${titleText}` : titleText;
  const last = blocks[blocks.length - 1]!;
  const incomplete = last.kind === 'heading' || (last.kind === 'paragraph' && !COMPLETE_END.test(text.slice(last.start, last.end)));

  const report: ParsedReport = {
    title,
    place: place.place,
    placeLevel: place.placeLevel,
    region: place.region,
    year: reportYear(title) ?? (date ? Number(date.slice(0, 4)) : null),
    date,
    published: page.published,
    speaker,
    source: page.source,
    author: page.author,
    summary: page.summary,
    incomplete,
    text,
    blocks,
    hidden,
    warnings: reportWarnings(text),
  };
  checkReport(report);
  return report;
}
