import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../fixtures/gb18030-encoder';
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

/** Chinese text as a GBK report holds it: any CJK ideograph, ASCII, Chinese punctuation, line endings, a character beyond the BMP. */
const chineseText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code)) },
      { weight: 2, arbitrary: fc.constantFrom('a', 'Z', '0', '7', ' ', '.', '%', '，', '。', '、', '；', '“', '”', '（', '）', '《', '》', '\u3000', '—') },
      { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\r', '𠮷', '𬌗') },
    ),
    { minLength: 1, maxLength: 300 },
  )
  .map((chars) => chars.join(''))
  .filter((text) => /[\u4e00-\u9fa5]/u.test(text));

/** UTF-16 code units, any of them, lone surrogates included. */
const codeUnits = fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x0a, 0x62a5, 0x544a, 0xd842, 0xdfb7)), { minLength: 1, maxLength: 200 });

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

describe('decodeText, for GB18030, UTF-16 and mixed files', () => {
  it('reads any GB18030 text back as it was, never taking it for a mixed file', () => {
    fc.assert(
      fc.property(chineseText, (original) => {
        const bytes = encodeGb18030(original);
        fc.pre(decodeStrictlyAsUtf8(bytes) === null); // text that is also valid UTF-8 reads as UTF-8, rightly
        expect(decodeText(bytes)).toEqual({ text: normaliseLineEndings(original), encoding: 'gb18030' });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('reads any well-formed text after a UTF-16 byte order mark back as it was, and refuses a lone surrogate', () => {
    fc.assert(
      fc.property(codeUnits, fc.boolean(), (units, littleEndian) => {
        const original = String.fromCharCode(...units);
        fc.pre(original.trim() !== '');
        const bytes = [littleEndian ? [0xff, 0xfe] : [0xfe, 0xff], ...units.map((u) => (littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]))].flat();
        const decoded = decodeOrNull(Uint8Array.from(bytes));
        if (LONE_SURROGATE.test(original)) expect(decoded).toBeNull();
        else expect(decoded).toEqual({ text: normaliseLineEndings(original), encoding: littleEndian ? 'utf-16le' : 'utf-16be' });
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('refuses UTF-8 Chinese lines among GB18030 lines as mixed-encoding, either way round, never garbling one of them', () => {
    const utf8Line = fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { minLength: 4, maxLength: 40 }).map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(chineseText, utf8Line, fc.boolean(), (gbText, line, utf8First) => {
        const gb = encodeGb18030(gbText.replace(/\r/gu, ''));
        const utf8Bytes = utf8(`${line}\n`);
        const bytes = Uint8Array.from(utf8First ? [...utf8Bytes, ...gb] : [...gb, 0x0a, ...utf8Bytes]);
        fc.pre(decodeStrictlyAsUtf8(gb) === null); // a GB18030 part that is valid UTF-8 too leaves nothing mixed
        let code: string | null = null;
        try {
          decodeText(bytes);
        } catch (error) {
          code = error instanceof DecodeError ? error.code : 'not a DecodeError';
        }
        expect(code).toBe('mixed-encoding');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('never returns text with a lone surrogate, and points every refusal but an empty file at a byte inside it', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        try {
          expect(decodeText(bytes).text).not.toMatch(LONE_SURROGATE);
        } catch (error) {
          if (!(error instanceof DecodeError)) throw error;
          if (error.code === 'empty') return;
          expect(error.offset).not.toBeNull();
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThan(bytes.length);
          if (error.code === 'binary') expect(bytes[error.offset!]).toBe(0);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

/** The bytes as strict UTF-8, or null when they are not UTF-8. */
function decodeStrictlyAsUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
