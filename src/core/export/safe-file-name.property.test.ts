import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** A fixed seed keeps CI repeatable; PROPERTY_SEED=random (or another number) searches further. */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20260201);
const params = { numRuns: RUNS, seed: SEED };

/** Pieces that trouble file systems: separators, reserved characters, dots, spaces, device names, long runs. */
const piece = fc.oneof(
  fc.constantFrom('/', '\\', ':', '*', '?', '"', '<', '>', '|', '.', '..', ' ', '\t', '\n', '\u0000', '\u007f', '\u3000', '\u00a0', 'CON', 'nul', 'Com1', 'LPT9', 'aux.', '报告', '政府工作报告', '.md', '.txt', '\u202e', '\u2066', '\u0085', '长'.repeat(120)),
  fc.string({ unit: 'binary', maxLength: 3 }),
);
/** A device name, maybe with an extension, then a long tail: the cut to 200 characters must leave room for the guard. */
const reservedAndLong = fc
  .tuple(fc.constantFrom('CON', 'prn', 'Aux', 'NUL', 'com3', 'LPT1', 'COM¹', 'lpt³'), fc.constantFrom('', '.', '.txt', ' .md'), fc.string({ unit: 'binary', minLength: 150, maxLength: 260 }))
  .map((parts) => parts.join(''));
/** Astral characters (two UTF-16 units each) around the length cap, so the cut can fall inside a pair. */
const astralAroundCap = fc.tuple(fc.string({ unit: fc.constantFrom('a', '报'), maxLength: 3 }), fc.integer({ min: 95, max: 110 })).map(([head, count]) => head + '𠀀'.repeat(count));
const suggestion = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')),
  reservedAndLong,
  astralAroundCap,
);

/** The UTF-8 length of `text`, as Linux and macOS count a file name. */
const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

/** True when `text` has no lone surrogate, so it can be written in UTF-8 (macOS and Linux file names). */
const wellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** Windows device names (COM¹ to LPT³ included), alone or before an extension, as Windows reads them (trailing spaces dropped). */
const RESERVED = /^(con|prn|aux|nul|com[\d¹²³]|lpt[\d¹²³])\s*(\..*)?$/i;

describe('safeFileName (property)', () => {
  // Changed: bounded in UTF-8 bytes (at most 200, so an extension added still fits in 255), not UTF-16 units; C1 and bidirectional controls are refused too.
  it('gives a non-empty name of at most 200 UTF-8 bytes with no reserved, control or bidirectional control character', () => {
    fc.assert(
      fc.property(suggestion, (suggested) => {
        const name = safeFileName(suggested);
        expect(name.length).toBeGreaterThan(0);
        expect(utf8Bytes(name)).toBeLessThanOrEqual(200);
        // eslint-disable-next-line no-control-regex -- control characters are what must not be there
        expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(wellFormed(name)).toBe(true);
      }),
      params,
    );
  });

  it('never gives a Windows device name, a leading dot or a trailing dot or space', () => {
    fc.assert(
      fc.property(suggestion, (suggested) => {
        const name = safeFileName(suggested);
        expect(name).not.toMatch(RESERVED);
        expect(name.startsWith('.')).toBe(false);
        expect(name).not.toMatch(/[. ]$/);
      }),
      params,
    );
  });

  it('keeps the extension that ends a name it has to cut, so a report title never loses its `.txt`', () => {
    const longStem = fc.string({ unit: fc.constantFrom('a', '长', '𠀀', ' ', '.'), minLength: 60, maxLength: 300 });
    fc.assert(
      fc.property(longStem, fc.constantFrom('.txt', '.md', '.docx', '.qdpx', '.rlbackup'), (stem, extension) => {
        const suggested = `报告${stem}${extension}`;
        const name = safeFileName(suggested);
        expect(name.endsWith(extension)).toBe(true);
        expect(suggested.startsWith(name.slice(0, -extension.length)), 'only cut, never rewritten').toBe(true);
      }),
      params,
    );
  });

  it('leaves a safe name as it is', () => {
    fc.assert(
      fc.property(suggestion, (suggested) => {
        const name = safeFileName(suggested);
        expect(safeFileName(name)).toBe(name);
      }),
      params,
    );
  });
});

describe('safeFileName (cases the properties found)', () => {
  it.each([
    ['nul .txt', '_nul .txt'],
    ['COM¹.md', '_COM¹.md'],
    ['报告\ud800.md', '报告_.md'],
    [`CON${' '.repeat(300)}x`, '_CON'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('cuts between the halves of no surrogate pair', () => {
    expect(safeFileName(`a${'𠀀'.repeat(100)}`)).toBe(`a${'𠀀'.repeat(49)}`);
  });

  it('keeps a guarded device name within 200 characters', () => {
    const name = safeFileName(`CON.${'a'.repeat(300)}`);
    expect(name).toBe(`_CON.${'a'.repeat(195)}`);
  });
});
