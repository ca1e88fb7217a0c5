/**
 * Telling a file that mixes UTF-8 and GB18030 from one in either encoding.
 * A GBK report with a line pasted in as UTF-8 (or the other way round) is
 * not valid UTF-8, but very often valid GB18030: the UTF-8 part then reads as
 * fluent nonsense (`浜戝箔鍘…` for `云岭县…`) and nothing says so. UTF-8's
 * three-byte Chinese characters leave a trace GB18030 text practically never
 * makes: four or more in a row (in the report seeds and in 4 MB of random
 * GBK text, never more than two). A file with that trace, whose other lines
 * read as GB18030, is mixed.
 */
import { decodeStrictly } from './strict-decoder';

/** How many consecutive UTF-8 Chinese characters prove that the file holds UTF-8 text. */
export const UTF8_EVIDENCE_CHARS = 4;

/** True when the code point is Chinese text: CJK punctuation, kana, ideographs, full-width forms. */
function isChineseText(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xff00 && code <= 0xffef);
}

/**
 * The byte offset of the first run of at least `minChars` consecutive
 * three-byte UTF-8 sequences for Chinese text (U+3000–U+9FFF, U+FF00–U+FFEF),
 * or null. One pass over the bytes.
 */
export function firstUtf8ChineseRun(bytes: Uint8Array, minChars: number = UTF8_EVIDENCE_CHARS): number | null {
  let runStart = 0;
  let run = 0;
  for (let i = 0; i + 2 < bytes.length; ) {
    const a = bytes[i]!;
    const b = bytes[i + 1]!;
    const c = bytes[i + 2]!;
    const sequence = a >= 0xe3 && a <= 0xef && b >= 0x80 && b <= 0xbf && c >= 0x80 && c <= 0xbf;
    if (sequence && isChineseText(((a & 0x0f) << 12) | ((b & 0x3f) << 6) | (c & 0x3f))) {
      if (run === 0) runStart = i;
      run += 1;
      if (run >= minChars) return runStart;
      i += 3;
    } else {
      run = 0;
      i += 1;
    }
  }
  return null;
}

/** Where a mixed file's two encodings show: a UTF-8 run, and the first line that is GB18030 instead. */
export interface MixedEncoding {
  utf8At: number;
  gb18030At: number;
}

/**
 * Whether bytes that are not valid UTF-8 mix UTF-8 and GB18030 text: they
 * hold a run of UTF-8 Chinese characters (see `firstUtf8ChineseRun`), and
 * every line that is not valid UTF-8 is valid GB18030, at least one of them
 * beyond ASCII. A line valid in neither means a damaged file, not a mixed
 * one: null, as for a file without the UTF-8 trace.
 */
export function findMixedEncoding(bytes: Uint8Array): MixedEncoding | null {
  const utf8At = firstUtf8ChineseRun(bytes);
  if (utf8At === null) return null;
  let gb18030At: number | null = null;
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    const line = bytes.subarray(start, end);
    if (line.some((byte) => byte >= 0x80) && decodeStrictly(line, 'utf-8') === null) {
      if (decodeStrictly(line, 'gb18030') === null) return null;
      gb18030At ??= start;
    }
    start = end + 1;
  }
  return gb18030At === null ? null : { utf8At, gb18030At };
}
