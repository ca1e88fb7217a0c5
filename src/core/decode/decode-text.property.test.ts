import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from './decode-error';
import { decodeText, type DecodedText } from './decode-text';
import { normaliseLineEndings } from './normalise-line-endings';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
/** A fixed seed keeps CI repeatable; PROPERTY_SEED=random (or another number) searches further. */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);
const REPLACEMENT = '\uFFFD';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** How U+FFFD is spelled, validly, in each encoding the decoder reads. */
const SPELLED: Readonly<Record<DecodedText['encoding'], readonly number[][]>> = {
  'utf-8': [[0xef, 0xbf, 0xbd]],
  'gb18030': [[0x84, 0x31, 0xa4, 0x37]],
  'utf-16le': [[0xfd, 0xff]],
  'utf-16be': [[0xff, 0xfd]],
};

/** How many times `sequence` occurs in `bytes`, overlaps counted. */
function occurrences(bytes: Uint8Array, sequence: readonly number[]): number {
  let n = 0;
  for (let i = 0; i + sequence.length <= bytes.length; i++) if (sequence.every((b, k) => bytes[i + k] === b)) n += 1;
  return n;
}

/** decodeText's text, or null when it throws a DecodeError (any other error fails the test). */
function decodeOrNull(bytes: Uint8Array): DecodedText | null {
  try {
    return decodeText(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    return null;
  }
}

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Bytes of text with a few bytes overwritten, inserted or cut: near-misses of every encoding. */
const damaged = fc
  .tuple(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0x80, max: 0xff })), { maxLength: 4 }),
    fc.constantFrom(0, 1),
  )
  .map(([text, edits, insert]) => {
    const bytes = Array.from(utf8(text));
    for (const [at, byte] of edits) bytes.splice(at % (bytes.length + 1), 1 - insert, byte);
    return Uint8Array.from(bytes);
  });

const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  damaged,
  fc.uint8Array({ maxLength: 600 }).map((b) => b.map((byte) => byte | 0x80)), // high bytes only: GB18030 territory
  fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 600 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
);

describe('decodeText, for any bytes', () => {
  it('returns text or throws a DecodeError, nothing else', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const decoded = decodeOrNull(bytes);
        if (decoded) expect(decoded.text).not.toMatch(/\r/u);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('never returns U+FFFD unless the bytes held EF BF BD (or U+FFFD spelled in another encoding)', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const decoded = decodeOrNull(bytes);
        if (!decoded) return;
        const found = count(decoded.text, REPLACEMENT);
        const spelled = SPELLED[decoded.encoding].reduce((n, sequence) => n + occurrences(bytes, sequence), 0);
        expect(found).toBeLessThanOrEqual(spelled);
        if (decoded.encoding === 'utf-8' && occurrences(bytes, [0xef, 0xbf, 0xbd]) === 0) expect(decoded.text).not.toContain(REPLACEMENT);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('never returns U+FFFD for damaged UTF-8 without EF BF BD', () => {
    fc.assert(
      fc.property(damaged, (bytes) => {
        fc.pre(occurrences(bytes, [0xef, 0xbf, 0xbd]) === 0 && occurrences(bytes, [0x84, 0x31, 0xa4, 0x37]) === 0);
        const decoded = decodeOrNull(bytes);
        if (decoded) expect(decoded.text).not.toContain(REPLACEMENT);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('reads any UTF-8 text back as it was, line endings normalised', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 }).filter((t) => t.trim() !== '' && !t.startsWith('\uFEFF') && !t.includes('\0'));
    fc.assert(
      fc.property(text, (original) => {
        expect(decodeText(utf8(original))).toEqual({ text: normaliseLineEndings(original), encoding: 'utf-8' });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
