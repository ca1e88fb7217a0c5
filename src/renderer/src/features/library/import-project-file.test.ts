import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../../core/refi-qda/fixtures/sample-project';
import { qdcXml } from '../../../../core/refi-qda/qdc-writer';
import { qdpx } from '../../../../core/refi-qda/qdpx-writer';
import type { PickedFile } from '../../../../shared/ipc';
import { LibraryDatabase } from '../../db/db';
import { parse } from './fixtures/import-text';
import { importProjectFile } from './import-project-file';

const NOW = new Date('2025-06-01T00:00:00.000Z');
const file = (name: string, bytes: Uint8Array): PickedFile => ({ name, size: bytes.length, ok: true, bytes });

let n = 0;
const open: LibraryDatabase[] = [];
function database(): LibraryDatabase {
  const db = new LibraryDatabase(`import-project-file-${++n}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

describe('importProjectFile', () => {
  it('takes a .qdpx in: its sources as reports, codes as themes, codings as highlights; a second time, its reports are duplicates', async () => {
    const project = sampleProject();
    const db = database();
    const bytes = await qdpx(project);
    const outcome = await importProjectFile(db, file('项目.qdpx', bytes), NOW, parse);
    expect(outcome).toMatchObject({ name: '项目.qdpx', status: 'project', duplicates: 0, highlights: { skipped: 0 } });
    if (outcome.status !== 'project') throw new Error('not a project outcome');
    expect(outcome.reportIds).toHaveLength(project.sources.length);
    expect(await db.reports.count()).toBe(project.sources.length);
    expect(await db.highlights.count()).toBe(outcome.highlights.added);
    expect(outcome.highlights.added).toBeGreaterThan(0);

    // A source that reads as a report keeps its outline.
    const bodies = await db.reportTexts.toArray();
    const withHeadings = bodies.find((body) => body.text.includes('一、过去一年工作回顾'));
    expect(withHeadings?.blocks.filter((block) => block.kind === 'heading').map((block) => withHeadings.text.slice(block.start, block.end))).toEqual(['一、过去一年工作回顾', '二、2025年工作安排']);

    const again = await importProjectFile(db, file('项目.qdpx', bytes), NOW);
    expect(again).toMatchObject({ status: 'project', reportIds: [], duplicates: project.sources.length });
    expect(await db.reports.count()).toBe(project.sources.length);
  });

  it('takes a .qdc in as themes only', async () => {
    const db = database();
    const outcome = await importProjectFile(db, file('主题.QDC', new TextEncoder().encode(qdcXml(sampleProject().codebook))), NOW);
    expect(outcome).toMatchObject({ status: 'project', reportIds: [], highlights: { added: 0, skipped: 0 } });
    if (outcome.status !== 'project') throw new Error('not a project outcome');
    expect(outcome.themes.added).toBeGreaterThan(0);
    expect(await db.themes.count()).toBe(outcome.themes.added);
    expect(await db.reports.count()).toBe(0);
  });

  it.each([
    ['a report renamed .qdpx', '报告.qdpx', new TextEncoder().encode('某镇2024年政府工作报告'), 'not-qdpx'],
    ['a codebook that is not REFI-QDA', '主题.qdc', new TextEncoder().encode('<html><body>不是主题</body></html>'), 'not-refi'],
    ['a codebook that is not UTF-8', '主题.qdc', new Uint8Array([0x3c, 0xff, 0xfe, 0x3e]), 'not-refi'],
  ])('refuses %s with a reason, and leaves the library as it was', async (_, name, bytes, code) => {
    const db = database();
    const outcome = await importProjectFile(db, file(name, bytes), NOW);
    expect(outcome).toMatchObject({ status: 'failed', failure: { code } });
    expect(await db.themes.count()).toBe(0);
    expect(await db.reports.count()).toBe(0);
  });

  it('passes on what the file gateway could not read', async () => {
    const outcome = await importProjectFile(database(), { name: '大.qdpx', size: 1e9, ok: false, error: { code: 'too-large', detail: 'over the limit' } }, NOW);
    expect(outcome).toEqual({ name: '大.qdpx', status: 'failed', failure: { code: 'too-large', detail: 'over the limit' } });
  });
});
