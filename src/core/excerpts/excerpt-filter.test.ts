import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlaceLevel } from '../report/report';
import { sampleExcerpt, sampleTheme as theme } from '../fixtures/sample-excerpts';
import type { Excerpt } from './excerpt';
import { filterExcerpts, NO_THEME, type ExcerptFilter } from './excerpt-filter';

const themes = [theme('rural', '乡村振兴', null, 0), theme('grain', '粮食安全', 'rural', 0), theme('seed', '种业', 'grain', 0), theme('safety', '安全生产', null, 1)];

interface Made {
  id: string;
  text: string;
  themeIds?: string[];
  note?: string;
  place?: string | null;
  placeLevel?: PlaceLevel | null;
  year?: number | null;
  reportId?: string;
  title?: string;
  headingPath?: string[];
}
const excerpt = ({ id, text, themeIds = [], note = '', place = '某某镇', placeLevel = '镇', year = 2024, reportId = 'r1', title = '某某镇2024年政府工作报告', headingPath = [] }: Made): Excerpt =>
  sampleExcerpt(id, text, { themeIds, note, citation: { reportId, reportTitle: title, place, placeLevel, year, headingPath, paragraph: 1 } });

const excerpts = [
  excerpt({ id: 'a', text: '新建高标准农田2000亩，粮食总产1.5万吨。', themeIds: ['grain'], headingPath: ['一、2023年工作回顾', '（一）农业生产稳中有进'] }),
  excerpt({ id: 'b', text: '推广优质稻种，建设良种繁育基地。', themeIds: ['seed', 'safety'], note: '种业振兴' }),
  excerpt({ id: 'c', text: '全面排查安全隐患，GDP增长5%。', themeIds: ['safety'], place: '某某县', placeLevel: '县', year: 2023, reportId: 'r2', title: '某某县2023年政府工作报告' }),
  excerpt({ id: 'd', text: '持续推进乡村振兴。', themeIds: ['rural'], place: null, placeLevel: null, year: null, reportId: 'r3', title: '政府工作报告' }),
  excerpt({ id: 'e', text: '各位代表，让我们团结一心。' }),
  excerpt({ id: 'f', text: '加快建设智慧城市。', themeIds: ['deleted-theme'], note: 'Ｎｏｔｅ ２０２４' }),
];
const ids = (filter: ExcerptFilter) => filterExcerpts(excerpts, filter, themes).map((e) => e.highlightId);

describe('filterExcerpts', () => {
  it.each<[string, ExcerptFilter, string[]]>([
    ['everything for the empty filter', {}, ['a', 'b', 'c', 'd', 'e', 'f']],
    ['everything for empty lists and blank text', { themeIds: [], places: [], levels: [], years: [], reportIds: [], text: ' \u3000 ' }, ['a', 'b', 'c', 'd', 'e', 'f']],
    ['any of the themes, exactly', { themeIds: ['rural', 'safety'] }, ['b', 'c', 'd']],
    ['a theme with the themes nested under it', { themeIds: ['rural'], includeChildThemes: true }, ['a', 'b', 'd']],
    ['a nested theme with its own children only', { themeIds: ['grain'], includeChildThemes: true }, ['a', 'b']],
    ['no theme of the codebook', { themeIds: [NO_THEME] }, ['e', 'f']],
    ['no theme or a theme', { themeIds: [NO_THEME, 'seed'] }, ['b', 'e', 'f']],
    ['a theme the codebook lacks, as an id', { themeIds: ['deleted-theme'], includeChildThemes: true }, ['f']],
    ['places', { places: ['某某县'] }, ['c']],
    ['levels', { levels: ['镇'] }, ['a', 'b', 'e', 'f']],
    ['years', { years: [2023, 2025] }, ['c']],
    ['reports', { reportIds: ['r2', 'r3'] }, ['c', 'd']],
    ['criteria together', { themeIds: ['safety'], years: [2024] }, ['b']],
    ['text in the passage', { text: '农田' }, ['a']],
    ['text in the note', { text: '种业振兴' }, ['b']],
    ['text in the report title', { text: '某某县' }, ['c']],
    ['text in the heading path', { text: '稳中有进' }, ['a']],
    ['every term of the text', { text: '粮食  1.5万吨' }, ['a']],
    ['terms split at a full-width space', { text: '粮食\u3000稻种' }, []],
    ['text ignoring case', { text: 'gdp' }, ['c']],
    ['full-width digits and letters as half-width', { text: 'ＧＤＰ增长５%' }, ['c']],
    ['half-width text finding full-width text', { text: 'note 2024' }, ['f']],
    ['no term across two fields', { text: '吨。某某镇' }, []],
  ])('%s', (_, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('never changes or reorders what it is given', () => {
    const before = JSON.stringify(excerpts);
    const result = filterExcerpts(excerpts, {}, themes);
    expect(result).not.toBe(excerpts);
    expect(result).toEqual(excerpts);
    expect(JSON.stringify(excerpts)).toBe(before);
  });

  const arbitraryFilter: fc.Arbitrary<ExcerptFilter> = fc.record(
    {
      themeIds: fc.subarray(['rural', 'grain', 'seed', 'safety', NO_THEME, 'deleted-theme']),
      includeChildThemes: fc.boolean(),
      places: fc.subarray(['某某镇', '某某县', '别处']),
      levels: fc.subarray<PlaceLevel>(['镇', '县', '市']),
      years: fc.subarray([2023, 2024, 2025]),
      reportIds: fc.subarray(['r1', 'r2', 'r3']),
      text: fc.constantFrom('', '粮食', '建设', '某某', 'ＧＤＰ', '。'),
    },
    { requiredKeys: [] },
  );

  it('gives a subsequence of the excerpts, which adding a criterion can only shrink (property)', () => {
    fc.assert(
      fc.property(arbitraryFilter, arbitraryFilter, (filter, extra) => {
        // `extra` may only add criteria, never widen one of `filter`'s (includeChildThemes would).
        const result = filterExcerpts(excerpts, filter, themes);
        const positions = result.map((e) => excerpts.indexOf(e));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        const text = `${filter.text ?? ''} ${extra.text ?? ''}`;
        const narrower = filterExcerpts(excerpts, { ...extra, ...filter, includeChildThemes: filter.includeChildThemes, text }, themes);
        expect(narrower.every((e) => result.includes(e))).toBe(true);
      }),
    );
  });

  it('finds a passage by any piece of it, written full-width or half-width, in any case (property)', () => {
    const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const word = fc.string({ unit: fc.constantFrom(...'粮食安全生产ABCxyz0123456789%'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), (passage, a, b, wide, upper) => {
        const from = a % passage.length;
        const to = from + 1 + (b % (passage.length - from));
        let term = passage.slice(from, to);
        if (upper) term = term.toUpperCase();
        if (wide) term = fullWidth(term);
        const one = [excerpt({ id: 'x', text: passage })];
        expect(filterExcerpts(one, { text: term }, themes)).toEqual(one);
      }),
    );
  });
});
