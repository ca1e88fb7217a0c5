import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExcerptExport } from '../excerpts/excerpt';
import { sampleExcerpt, sampleTheme, TOWN_CITATION } from '../fixtures/sample-excerpts';
import { EXCERPT_COLUMNS } from './excerpt-rows';
import { csvExcerpts, csvField } from './csv-excerpts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
/** A fixed seed keeps CI repeatable; PROPERTY_SEED=random (or another number) searches further. */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20260201);
const params = { numRuns: RUNS, seed: SEED };

/**
 * A strict RFC 4180 reader: records end with CRLF (the last may not), fields
 * are split by commas, a quoted field may hold commas, CR, LF and doubled
 * quotes. Anything else (a quote inside an unquoted field, text after a
 * closing quote) throws, so a writer's mistake cannot pass as data.
 */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const endOfField = () => {
    if (csv.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      return i < csv.length;
    }
    if (csv[i] === ',') {
      i += 1;
      return true;
    }
    if (i >= csv.length) {
      records.push(record);
      return false;
    }
    throw new Error(`Unexpected ${JSON.stringify(csv[i])} at ${i}`);
  };
  if (csv === '') return [];
  for (;;) {
    let field = '';
    if (csv[i] === '"') {
      i += 1;
      for (;;) {
        const quote = csv.indexOf('"', i);
        if (quote < 0) throw new Error('Unclosed quote');
        field += csv.slice(i, quote);
        i = quote + 1;
        if (csv[i] !== '"') break;
        field += '"';
        i += 1;
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && !csv.startsWith('\r\n', i)) {
        if (csv[i] === '"') throw new Error(`Quote in an unquoted field at ${i}`);
        field += csv[i];
        i += 1;
      }
    }
    record.push(field);
    if (!endOfField()) return records;
  }
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
/** What a field reads back as: the text, with the neutralising quote where it began with a trigger. */
const expected = (value: string) => (TRIGGERS.some((trigger) => value.startsWith(trigger)) ? `'${value}` : value);

/** Strings full of what CSV must escape: quotes, commas, CR, LF, triggers, Chinese, astral code points. */
const tricky = fc.string({ unit: fc.oneof(fc.constantFrom('"', ',', '\r', '\n', '\r\n', '=', '+', '-', '@', '\t', "'", '粮', '𠀀', ' '), fc.string({ unit: 'binary', maxLength: 1 })) });
const anyString = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), tricky);

describe('csvField (property)', () => {
  it('a row of any strings reads back as the same strings, but for the neutralising quote', () => {
    fc.assert(
      fc.property(fc.array(anyString, { minLength: 1, maxLength: 8 }), (values) => {
        const csv = `${values.map(csvField).join(',')}\r\n`;
        expect(parseCsv(csv)).toEqual([values.map(expected)]);
      }),
      params,
    );
  });

  it('no field starts with a formula trigger once unquoted', () => {
    fc.assert(
      fc.property(anyString, (value) => {
        const [[field]] = parseCsv(csvField(value)) as [[string]];
        expect(TRIGGERS.some((trigger) => field.startsWith(trigger))).toBe(false);
      }),
      params,
    );
  });
});

describe('csvExcerpts (property)', () => {
  const excerpt = fc.record({
    text: anyString,
    note: anyString,
    reportTitle: anyString,
    heading: anyString,
    themeName: anyString,
  });
  type Spec = typeof excerpt extends fc.Arbitrary<infer T> ? T : never;

  /** One theme and one excerpt per spec, each excerpt cited with its report title and what `cite` adds. */
  const exportOf = (specs: Spec[], cite: (spec: Spec) => Partial<typeof TOWN_CITATION>): ExcerptExport => ({
    themes: specs.map((spec, index) => sampleTheme(`t${index}`, spec.themeName, null, index)),
    excerpts: specs.map((spec, index) =>
      sampleExcerpt(`h${index}`, spec.text, {
        start: index,
        themeIds: [`t${index}`],
        note: spec.note,
        citation: { ...TOWN_CITATION, reportTitle: spec.reportTitle, ...cite(spec), paragraph: index + 1 },
      }),
    ),
    exportedAt: '2026-02-01T00:00:00.000Z',
  });

  it('writes one BOM, and every record reads back with the excerpt’s own strings', () => {
    fc.assert(
      fc.property(fc.array(excerpt, { maxLength: 5 }), fc.constantFrom('zh' as const, 'en' as const), (specs, headers) => {
        const input = exportOf(specs, (spec) => ({ headingPath: [spec.heading] }));
        const bytes = csvExcerpts(input, { headers });
        expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const csv = decode(bytes.slice(3));
        expect(csv.startsWith('\ufeff')).toBe(false);
        const [header, ...records] = parseCsv(csv);
        expect(header).toEqual(EXCERPT_COLUMNS.map((column) => column[headers]));
        expect(records.map((record) => [record[0], record[2], record[3], record[4], record[8]])).toEqual(
          specs.map((spec) => [spec.themeName, spec.text, spec.note, spec.reportTitle, spec.heading].map(expected)),
        );
      }),
      params,
    );
  });

  it('gives every record as many fields as the header, none of them starting with a formula trigger, whatever the strings hold', () => {
    fc.assert(
      fc.property(fc.array(excerpt, { minLength: 1, maxLength: 5 }), (specs) => {
        const input = exportOf(specs, (spec) => ({ place: spec.heading, headingPath: [spec.heading, spec.text] }));
        const [header, ...records] = parseCsv(decode(csvExcerpts(input).slice(3)));
        expect(records).toHaveLength(specs.length);
        for (const record of records) {
          expect(record).toHaveLength(header!.length);
          for (const field of record) expect(TRIGGERS.some((trigger) => field.startsWith(trigger)), field).toBe(false);
        }
      }),
      params,
    );
  });
});

