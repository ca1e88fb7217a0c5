/**
 * Bytes → text for report files: byte order marks, then UTF-8, then GB18030,
 * and never a replacement character the file did not contain.
 */
import type { TextEncodingName } from '../report/report';
import { DecodeError } from './decode-error';
import { findMixedEncoding } from './mixed-encoding';
import { normaliseLineEndings } from './normalise-line-endings';
import { decodeStrictly, firstUndecodableByte } from './strict-decoder';

/** A file's text and the encoding it was read in. */
export interface DecodedText {
  /** The text, without byte order mark, with every line ending as LF. */
  text: string;
  encoding: TextEncodingName;
}

/** Byte order marks, longest first, and the encodings they declare. */
const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: TextEncodingName }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The encoding a byte order mark at the start of `bytes` declares, and its length. */
function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  for (const mark of BYTE_ORDER_MARKS) {
    if (mark.bytes.every((byte, i) => bytes[i] === byte)) {
      return { encoding: mark.encoding, length: mark.bytes.length };
    }
  }
  return null;
}

/** Two hex digits for a byte, for messages. */
function hex(byte: number | undefined): string {
  return `0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** The text, normalised; or a DecodeError 'empty' if it is blank. */
function finish(text: string, encoding: TextEncodingName): DecodedText {
  if (text.trim() === '') {
    throw new DecodeError('empty', 'The file holds no text: it is empty or only whitespace.');
  }
  return { text: normaliseLineEndings(text), encoding };
}

/**
 * Decodes a report file's bytes. A byte order mark (UTF-8, UTF-16LE,
 * UTF-16BE) decides the encoding and is stripped. Without one, NUL bytes mark
 * a binary file; otherwise the bytes are read as UTF-8 (so pure ASCII is
 * UTF-8) and, failing that, as GB18030 (which covers GBK and GB2312).
 * Decoding is strict: bytes invalid in every candidate encoding throw a
 * DecodeError 'invalid-bytes' with the offset of the first bad byte, rather
 * than becoming U+FFFD. A U+FFFD spelled out validly in the file is kept.
 * Bytes that are not UTF-8 but hold UTF-8 Chinese text among GB18030 lines
 * throw DecodeError 'mixed-encoding' rather than read as GB18030, which
 * would garble the UTF-8 part without a sign (see `findMixedEncoding`).
 * CRLF and lone CR become LF. Blank files throw DecodeError 'empty'.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) {
    throw new DecodeError('empty', 'The file is empty.');
  }

  const mark = byteOrderMark(bytes);
  if (mark) {
    const body = bytes.subarray(mark.length);
    const text = decodeStrictly(body, mark.encoding);
    if (text === null) {
      const offset = mark.length + (firstUndecodableByte(body, mark.encoding) ?? 0);
      throw new DecodeError(
        'invalid-bytes',
        `The file starts with a ${mark.encoding.toUpperCase()} byte order mark, but the byte at offset ${offset} (${hex(bytes[offset])}) is not valid ${mark.encoding.toUpperCase()}.`,
        offset,
      );
    }
    return finish(text, mark.encoding);
  }

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new DecodeError('binary', `The file holds a NUL byte at offset ${nul}: it is a binary file, not a text report.`, nul);
  }

  const utf8 = decodeStrictly(bytes, 'utf-8');
  if (utf8 !== null) return finish(utf8, 'utf-8');
  const mixed = findMixedEncoding(bytes);
  if (mixed) {
    const offset = Math.max(mixed.utf8At, mixed.gb18030At);
    throw new DecodeError(
      'mixed-encoding',
      `The file mixes two encodings: the text at byte ${mixed.utf8At} is UTF-8 and the text at byte ${mixed.gb18030At} is GB18030 (GBK); read either way, part of it would be garbled. Save it again in one encoding (UTF-8) and import that.`,
      offset,
    );
  }
  const gb18030 = decodeStrictly(bytes, 'gb18030');
  if (gb18030 !== null) return finish(gb18030, 'gb18030');

  const offset = likelyBadByte(bytes);
  throw new DecodeError(
    'invalid-bytes',
    `The file is neither UTF-8 nor GB18030 text: the byte at offset ${offset} (${hex(bytes[offset])}) cannot be decoded.`,
    offset,
  );
}

/**
 * Where to point when neither encoding fits: if the bytes before the first
 * UTF-8 error already hold valid multi-byte UTF-8, the file was meant as
 * UTF-8 and that error is the one to show; otherwise the GB18030 error is.
 */
function likelyBadByte(bytes: Uint8Array): number {
  const utf8 = firstUndecodableByte(bytes, 'utf-8') ?? 0;
  const before = decodeStrictly(bytes.subarray(0, utf8), 'utf-8', true) ?? '';
  const meantAsUtf8 = /[\u0080-\uffff]/.test(before);
  if (meantAsUtf8) return utf8;
  return firstUndecodableByte(bytes, 'gb18030') ?? utf8;
}
