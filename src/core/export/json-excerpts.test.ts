import { describe, expect, it } from 'vitest';
import type { Excerpt, ExcerptExport } from '../excerpts/excerpt';
import { sampleExcerpt, sampleTheme, TOWN_CITATION as citation } from '../fixtures/sample-excerpts';
import { EXCERPTS_FORMAT, EXCERPTS_FORMAT_VERSION, excerptsDocument, jsonExcerpts, type ExcerptsDocument } from './json-excerpts';

const theme = (id: string, name: string, parentId: string | null, order: number) => sampleTheme(id, name, parentId, order, { color: '#2f6b3a', description: `${name}的说明`, keywords: [name] });
// Listed child first, to show the document writes the tree order.
const themes = [theme('grain', '粮食安全', 'rural', 0), theme('safety', '安全生产', null, 1), theme('rural', '乡村振兴', null, 0)];
const excerpt = (id: string, text: string, start: number, themeIds: string[]): Excerpt =>
  sampleExcerpt(id, text, { start, themeIds, note: id === 'a' ? '备注"引号"\n第二行' : '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
const input: ExcerptExport = {
  excerpts: [excerpt('a', '全年粮食播种面积3.2万亩', 40, ['grain', 'gone']), excerpt('b', '𠮷村新建文化广场', 80, [])],
  themes,
  exportedAt: '2026-03-01T08:00:00.000Z',
};

describe('jsonExcerpts', () => {
  const json = jsonExcerpts(input);
  const read = JSON.parse(json) as ExcerptsDocument;

  it('reads back as the documented document', () => {
    expect(read).toEqual({
      format: 'report-reader-excerpts',
      version: 1,
      exportedAt: '2026-03-01T08:00:00.000Z',
      offsets: 'utf16',
      themes: [
        { id: 'rural', name: '乡村振兴', path: ['乡村振兴'], color: '#2f6b3a', parentId: null, description: '乡村振兴的说明', keywords: ['乡村振兴'] },
        { id: 'grain', name: '粮食安全', path: ['乡村振兴', '粮食安全'], color: '#2f6b3a', parentId: 'rural', description: '粮食安全的说明', keywords: ['粮食安全'] },
        { id: 'safety', name: '安全生产', path: ['安全生产'], color: '#2f6b3a', parentId: null, description: '安全生产的说明', keywords: ['安全生产'] },
      ],
      excerpts: [
        { id: 'a', text: '全年粮食播种面积3.2万亩', start: 40, end: 53, themeIds: ['grain', 'gone'], note: '备注"引号"\n第二行', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', citation },
        { id: 'b', text: '𠮷村新建文化广场', start: 80, end: 89, themeIds: [], note: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z', citation },
      ],
    });
    expect([read.format, read.version]).toEqual([EXCERPTS_FORMAT, EXCERPTS_FORMAT_VERSION]);
  });

  it('writes the keys in a fixed order, indented, ending with a line break', () => {
    expect(Object.keys(read)).toEqual(['format', 'version', 'exportedAt', 'offsets', 'themes', 'excerpts']);
    expect(Object.keys(read.themes[0]!)).toEqual(['id', 'name', 'path', 'color', 'parentId', 'description', 'keywords']);
    expect(Object.keys(read.excerpts[0]!)).toEqual(['id', 'text', 'start', 'end', 'themeIds', 'note', 'createdAt', 'updatedAt', 'citation']);
    expect(Object.keys(read.excerpts[0]!.citation)).toEqual(['reportId', 'reportTitle', 'place', 'placeLevel', 'year', 'headingPath', 'paragraph']);
    expect(json.startsWith('{\n  "format": "report-reader-excerpts",\n  "version": 1,\n')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
  });

  it('is stable: the same input gives the same bytes, whatever the key order or extra fields of the input', () => {
    const reordered = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reordered) : value !== null && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reordered(v)])) : value;
    const shuffled = reordered(input) as ExcerptExport;
    const extra = { ...input, excerpts: input.excerpts.map((e) => ({ ...e, method: 'fuzzy' })) };
    expect(jsonExcerpts(input)).toBe(json);
    expect(jsonExcerpts(shuffled)).toBe(json);
    expect(jsonExcerpts(extra)).toBe(json);
  });

  it('gives offsets that find the passage in the report text, counting UTF-16 code units', () => {
    const reportText = `${'甲'.repeat(80)}𠮷村新建文化广场`;
    const b = read.excerpts[1]!;
    expect(reportText.slice(b.start, b.end)).toBe(b.text);
    expect(b.end - b.start).toBe(9);
  });

  it('gives a document value that does not share arrays with the input', () => {
    const document = excerptsDocument(input);
    document.excerpts[0]!.themeIds.push('x');
    document.excerpts[0]!.citation.headingPath.push('x');
    expect(input.excerpts[0]!.themeIds).toEqual(['grain', 'gone']);
    expect(citation.headingPath).toHaveLength(2);
  });

  it('writes an empty export', () => {
    expect(JSON.parse(jsonExcerpts({ excerpts: [], themes: [], exportedAt: '2026-03-01T08:00:00.000Z' }))).toMatchObject({ themes: [], excerpts: [] });
  });

  it.each<[string, Partial<ExcerptExport>, RegExp]>([
    ['an exportedAt that is no time', { exportedAt: '昨天' }, /exportedAt "昨天"/],
    ['offsets that do not span the text', { excerpts: [{ ...excerpt('a', '粮食', 3, []), end: 9 }] }, /spans 3–9 but its text is 2/],
    ['a negative start', { excerpts: [excerpt('a', '粮食', -2, [])] }, /spans -2–0/],
    ['two excerpts of one highlight', { excerpts: [excerpt('a', '粮食', 3, []), excerpt('a', '粮食', 3, ['rural'])] }, /highlight "a" has two excerpts/],
  ])('refuses %s', (_, change, message) => {
    expect(() => jsonExcerpts({ ...input, ...change })).toThrow(RangeError);
    expect(() => jsonExcerpts({ ...input, ...change })).toThrow(message);
  });
});
