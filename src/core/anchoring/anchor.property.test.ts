import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor } from './anchor';
import { isCodePointBoundary } from './code-point-boundary';
import { describeRange } from './describe-range';
import type { HighlightSelectors } from './selectors';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** A fixed seed keeps CI repeatable; PROPERTY_SEED=random (or another number) searches further. */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);

/** Characters of a report, few enough that phrases repeat: CJK, digits, punctuation, a line break, one astral character. */
const character = fc.constantFrom('推', '进', '乡', '村', '振', '兴', '发', '展', '1', '2', '.', '%', '，', '。', '\n', '𬌗');
const characters = fc.array(character, { minLength: 1, maxLength: 400 });

/** A text and a non-empty range of it on character boundaries. */
const textAndRange = characters.chain((chars) =>
  fc.tuple(fc.nat({ max: chars.length - 1 }), fc.nat({ max: chars.length - 1 })).map(([a, b]) => {
    const [from, to] = a <= b ? [a, b + 1] : [b, a + 1];
    const offset = (index: number): number => chars.slice(0, index).join('').length;
    return { text: chars.join(''), start: offset(from), end: offset(to) };
  }),
);

/** Anything a stored record might hold, sensible or not. */
const anySelectors: fc.Arbitrary<HighlightSelectors> = fc.record({
  position: fc.record({ start: fc.oneof(fc.integer({ min: -10, max: 500 }), fc.constant(Number.NaN)), end: fc.integer({ min: -10, max: 500 }) }),
  quote: fc.record({
    exact: fc.string({ unit: character, maxLength: 40 }),
    prefix: fc.string({ unit: character, maxLength: 40 }),
    suffix: fc.string({ unit: character, maxLength: 40 }),
  }),
});

describe('anchor, for any text', () => {
  it('finds a range just described, on the same text, by its position', () => {
    fc.assert(
      fc.property(textAndRange, ({ text, start, end }) => {
        expect(anchor(text, describeRange(text, start, end))).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('returns null or a non-empty range of the text on character boundaries, never throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: character, maxLength: 400 }), anySelectors, (text, selectors) => {
        const placed = anchor(text, selectors);
        if (placed === null) return;
        expect(placed.start).toBeGreaterThanOrEqual(0);
        expect(placed.end).toBeLessThanOrEqual(text.length);
        expect(placed.start).toBeLessThan(placed.end);
        expect(isCodePointBoundary(text, placed.start) && isCodePointBoundary(text, placed.end)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('says position or quote only where the exact quote stands', () => {
    fc.assert(
      fc.property(
        textAndRange,
        fc.string({ unit: character, maxLength: 30 }),
        fc.string({ unit: character, maxLength: 30 }),
        ({ text, start, end }, before, after) => {
          const selectors = describeRange(text, start, end);
          const edited = before + text + after;
          const placed = anchor(edited, selectors);
          if (placed !== null && placed.method !== 'fuzzy') expect(edited.slice(placed.start, placed.end)).toBe(selectors.quote.exact);
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('finds a passage whose quote stands once in a text grown at both ends, shifted by what was put before it', () => {
    // Many characters, so a quote of a few is often unique; the edits leave the passage's own context intact.
    const rich = fc.constantFrom(...'推进乡村振兴发展全面建设茶园农田道路供水管网学校医院养老12345，。、；𬌗');
    const grown = fc
      .tuple(fc.string({ unit: rich, minLength: 1, maxLength: 300 }), fc.string({ unit: rich, maxLength: 60 }), fc.string({ unit: rich, maxLength: 60 }))
      .chain(([text, before, after]) => {
        const chars = [...text];
        return fc.tuple(fc.nat({ max: chars.length - 1 }), fc.integer({ min: 1, max: 12 })).map(([from, length]) => {
          const offset = (index: number): number => chars.slice(0, index).join('').length;
          return { text, before, after, start: offset(from), end: offset(Math.min(chars.length, from + length)) };
        });
      });
    fc.assert(
      fc.property(grown, ({ text, before, after, start, end }) => {
        const selectors = describeRange(text, start, end);
        const edited = before + text + after;
        const first = edited.indexOf(selectors.quote.exact);
        fc.pre(edited.indexOf(selectors.quote.exact, first + 1) < 0);
        expect(anchor(edited, selectors)).toMatchObject({ start: start + before.length, end: end + before.length });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

