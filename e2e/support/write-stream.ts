/**
 * The stream of user actions the kill test runs in the app's page, each
 * through the app's own functions on the app's own database, and what each
 * must leave in the library once it has committed. The stream is endless and
 * the same for the same round and starting codebook, so the page that checks
 * the library after the kill (a new page) can work out what the library must
 * be after any number of actions.
 *
 * A cycle of fourteen actions, tagged `r<round>c<cycle>`, each leaving rows
 * that carry its tag (file names, highlight and theme ids), so every row says
 * which action wrote it: import a compilation (汇编) of three reports (all or
 * none); highlight a passage of the first with two themes and a note; tag it
 * with a third theme; untag the first; change the note; undo; redo; create a
 * theme with a keyword; accept its suggestions in bulk in the second report
 * (forty highlights) and in the third (twenty-five); merge the theme into
 * another (every highlight moves); delete the third report (report, text and
 * its highlights); undo the merge; redo it.
 */
import { createTheme } from '../../src/core/themes/codebook-operations';
import { mergeThemes } from '../../src/core/themes/theme-removal';
import type { HighlightRecord, LibraryDatabase } from '../../src/renderer/src/db/db';
import { addHighlights, suggestionHighlight } from '../../src/renderer/src/features/analysis/accept-suggestions';
import { findSuggestions } from '../../src/renderer/src/features/analysis/find-suggestions';
import { addHighlight, editHighlight, toggleTheme, withNote } from '../../src/renderer/src/features/annotate/highlight-actions';
import { newHighlightRecord, textHashOf } from '../../src/renderer/src/features/annotate/new-highlight';
import type { UndoHistory } from '../../src/renderer/src/features/annotate/undo-history';
import { deleteReport } from '../../src/renderer/src/features/library/delete-report';
import { importReports, type ReportParser } from '../../src/renderer/src/features/library/import-reports';
import { codebookAction } from '../../src/renderer/src/features/themes/codebook-actions';
import type { LibraryState } from './library-state';

/** Actions in a cycle. */
export const CYCLE_LENGTH = 14;

/** Sentences with the new theme's keyword in the compilation's second and third reports: the highlights each bulk accept adds. */
const SECOND_SUGGESTIONS = 40;
const THIRD_SUGGESTIONS = 25;
const KEYWORD = '夜校';
const TITLES = ['东溪镇2025年政府工作报告', '南岭乡2025年政府工作报告', '北塘镇2025年政府工作报告'] as const;

/** The passage highlighted in the first report. */
const passage = (tag: string) => `全镇新修村道十二公里，批次${tag}。`;

/** `count` numbered sentences, five to a paragraph. */
function sentences(count: number, sentence: (n: number) => string): string[] {
  const paragraphs: string[] = [];
  for (let n = 1; n <= count; n += 5) paragraphs.push(Array.from({ length: Math.min(5, count - n + 1) }, (_, i) => sentence(n + i)).join(''));
  return paragraphs;
}

/** The compilation of cycle `tag`: a contents list and three reports, the tag in the text so each file is new to the library. */
function compilationText(tag: string): string {
  return [
    '2025年乡镇政府工作报告汇编（3篇）',
    '目录',
    ...TITLES.map((title, i) => `${i + 1}.${title}`),
    TITLES[0], '各位代表：', '一、2024年工作回顾', passage(tag), '二、2025年工作安排', '稳步推进集镇改造。',
    TITLES[1], '各位代表：', '一、2024年工作回顾', ...sentences(SECOND_SUGGESTIONS, (n) => `开办农民${KEYWORD}第${n}期，批次${tag}。`),
    TITLES[2], '各位代表：', '一、2024年工作回顾', ...sentences(THIRD_SUGGESTIONS, (n) => `举办青年${KEYWORD}第${n}期。`),
  ].join('\n');
}

/** The three themes of the starting codebook the stream tags with (and merges into the first). */
export interface StreamThemes {
  a: string;
  b: string;
  c: string;
}

/** What the actions share while the stream runs in one page. */
export interface StreamContext {
  db: LibraryDatabase;
  history: UndoHistory;
  parse: ReportParser;
  /** The ids the library gave the reports imported so far, by `file#index`. */
  reportIds: Map<string, string>;
}

/** One user action: doing it through the app, and what it does to the library's state. */
export interface StreamAction {
  /** `r1c0 import` and so on. */
  name: string;
  run(context: StreamContext): Promise<void>;
  /** Changes `state` as the action, once committed, changes the library. */
  apply(state: LibraryState): void;
}

/** Three top-level themes of `state`'s codebook that no stream made, by id. */
export function streamThemes(state: LibraryState): StreamThemes {
  const ids = Object.keys(state.themes)
    .filter((id) => state.themes[id]?.parentId === null && !/^r\d+c\d+-/.test(id))
    .sort();
  const [a, b, c] = ids;
  if (c === undefined || b === undefined || a === undefined) throw new RangeError(`streamThemes: the codebook has ${ids.length} top-level themes, not three`);
  return { a, b, c };
}

function reportId(context: StreamContext, key: string): string {
  const id = context.reportIds.get(key);
  if (id === undefined) throw new RangeError(`the stream has no report ${key}`);
  return id;
}

/** Undoes or redoes, and checks the history undid the action the stream expects. */
async function step(context: StreamContext, which: 'undo' | 'redo', expected: string): Promise<void> {
  const label = await context.history[which]();
  if (label !== expected) throw new RangeError(`${which} gave ${label}, not ${expected}`);
}

/** Accepts every suggestion of theme `themeId` in report `key`, `count` of them, with ids `prefix0`, `prefix1`…. */
async function acceptAll(context: StreamContext, key: string, themeId: string, prefix: string, count: number): Promise<void> {
  const theme = await context.db.themes.get(themeId);
  if (!theme) throw new RangeError(`theme ${themeId} is not in the codebook`);
  const { suggestions } = await findSuggestions(context.db, { reportIds: [reportId(context, key)], themes: [theme], passages: [], limit: 1000 });
  if (suggestions.length !== count) throw new RangeError(`${suggestions.length} suggestions in ${key}, not ${count}`);
  const now = new Date();
  await context.history.perform(addHighlights(context.db, suggestions.map((suggestion, i) => suggestionHighlight(suggestion, `${prefix}${i}`, now))));
}

/** The ids of bulk-accepted highlights. */
const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

/** Replaces theme `from` by `to` on the highlights `highlightIds`, as a merge does (in its place, not twice). */
function retag(state: LibraryState, highlightIds: readonly string[], from: string, to: string): void {
  for (const id of highlightIds) {
    const highlight = state.highlights[id];
    if (!highlight) continue;
    const has = highlight.themes.includes(to);
    highlight.themes = highlight.themes.flatMap((themeId) => (themeId === from ? (has ? [] : [to]) : [themeId]));
  }
}

/** Action `index` (from 0) of round `round`'s stream. */
export function streamAction(round: number, index: number, themes: StreamThemes): StreamAction {
  const tag = `r${round}c${Math.floor(index / CYCLE_LENGTH)}`;
  const file = `${tag}.txt`;
  const [first, second, third] = [`${file}#0`, `${file}#1`, `${file}#2`];
  const highlightId = `${tag}-h`;
  const note = `${tag}的批注`;
  const changedNote = `${tag}的批注，已改`;
  const themeId = `${tag}-t`;
  const themeName = `${KEYWORD}${tag}`;
  const secondIds = ids(`${tag}-s`, SECOND_SUGGESTIONS);
  const thirdIds = ids(`${tag}-u`, THIRD_SUGGESTIONS);
  const highlight = (state: LibraryState) => {
    const found = state.highlights[highlightId];
    if (!found) throw new RangeError(`the state has no highlight ${highlightId}`);
    return found;
  };
  const edit = (label: 'history.addTheme' | 'history.removeTheme' | 'history.editNote', change: (record: HighlightRecord) => HighlightRecord) => (context: StreamContext) =>
    context.history.perform(editHighlight(context.db, highlightId, change, label));
  const cycle: StreamAction[] = [
    {
      name: 'import',
      run: async (context) => {
        const bytes = new TextEncoder().encode(compilationText(tag));
        const [outcome] = await importReports(context.db, [{ name: file, size: bytes.length, ok: true, bytes }], { parse: context.parse });
        if (outcome?.status !== 'imported' || outcome.reportIds.length !== 3) throw new RangeError(`the import gave ${JSON.stringify(outcome)}`);
        outcome.reportIds.forEach((id, i) => context.reportIds.set(`${file}#${i}`, id));
      },
      apply: (state) => {
        state.reports.push(first, second, third);
      },
    },
    {
      name: 'highlight',
      run: async (context) => {
        const id = reportId(context, first);
        const body = await context.db.reportTexts.get(id);
        const start = body?.text.indexOf(passage(tag)) ?? -1;
        if (!body || start < 0) throw new RangeError(`${first} lacks its passage`);
        const end = start + passage(tag).length;
        const record = newHighlightRecord({ reportId: id, text: body.text, start, end, themeIds: [themes.a, themes.b], note, textHash: await textHashOf(body.text), now: new Date().toISOString() });
        await context.history.perform(addHighlight(context.db, { ...record, id: highlightId }));
      },
      apply: (state) => {
        state.highlights[highlightId] = { report: first, themes: [themes.a, themes.b], note };
      },
    },
    {
      name: 'tag',
      run: edit('history.addTheme', (record) => toggleTheme(record, themes.c, new Date())),
      apply: (state) => {
        highlight(state).themes.push(themes.c);
      },
    },
    {
      name: 'untag',
      run: edit('history.removeTheme', (record) => toggleTheme(record, themes.a, new Date())),
      apply: (state) => {
        highlight(state).themes = highlight(state).themes.filter((id) => id !== themes.a);
      },
    },
    {
      name: 'note',
      run: edit('history.editNote', (record) => withNote(record, changedNote, new Date())),
      apply: (state) => {
        highlight(state).note = changedNote;
      },
    },
    {
      name: 'undo note',
      run: (context) => step(context, 'undo', 'history.editNote'),
      apply: (state) => {
        highlight(state).note = note;
      },
    },
    {
      name: 'redo note',
      run: (context) => step(context, 'redo', 'history.editNote'),
      apply: (state) => {
        highlight(state).note = changedNote;
      },
    },
    {
      name: 'create theme',
      run: (context) => context.history.perform(codebookAction(context.db, 'history.createTheme', (codebook) => createTheme(codebook, { id: themeId, name: themeName, color: '#8fd3c8', keywords: [KEYWORD] }))),
      apply: (state) => {
        state.themes[themeId] = { name: themeName, parentId: null };
      },
    },
    {
      name: `accept ${SECOND_SUGGESTIONS}`,
      run: (context) => acceptAll(context, second, themeId, `${tag}-s`, SECOND_SUGGESTIONS),
      apply: (state) => {
        for (const id of secondIds) state.highlights[id] = { report: second, themes: [themeId], note: '' };
      },
    },
    {
      name: `accept ${THIRD_SUGGESTIONS}`,
      run: (context) => acceptAll(context, third, themeId, `${tag}-u`, THIRD_SUGGESTIONS),
      apply: (state) => {
        for (const id of thirdIds) state.highlights[id] = { report: third, themes: [themeId], note: '' };
      },
    },
    {
      name: 'merge theme',
      run: (context) => context.history.perform(codebookAction(context.db, 'history.mergeThemes', (codebook) => mergeThemes(codebook, themeId, themes.a), [themeId])),
      apply: (state) => {
        delete state.themes[themeId];
        retag(state, [...secondIds, ...thirdIds], themeId, themes.a);
      },
    },
    {
      name: 'delete report',
      run: (context) => deleteReport(context.db, reportId(context, third)),
      apply: (state) => {
        state.reports.splice(state.reports.indexOf(third), 1);
        for (const id of thirdIds) delete state.highlights[id];
      },
    },
    {
      name: 'undo merge',
      run: (context) => step(context, 'undo', 'history.mergeThemes'),
      apply: (state) => {
        state.themes[themeId] = { name: themeName, parentId: null };
        retag(state, secondIds, themes.a, themeId);
      },
    },
    {
      name: 'redo merge',
      run: (context) => step(context, 'redo', 'history.mergeThemes'),
      apply: (state) => {
        delete state.themes[themeId];
        retag(state, secondIds, themeId, themes.a);
      },
    },
  ];
  const action = cycle[index % CYCLE_LENGTH] as StreamAction;
  return { ...action, name: `${tag} ${action.name}` };
}
