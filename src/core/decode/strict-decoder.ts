/**
 * The one place src/core reaches the platform's TextDecoder. src/core is
 * compiled without DOM or Node types, so the decoder is declared here with the
 * few members the importer uses.
 */
import type { TextEncodingName } from '../report/report';

interface TextDecoderLike {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

type TextDecoderCtor = new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => TextDecoderLike;

/** The platform TextDecoder, or a RangeError if the runtime has none. */
function textDecoderCtor(): TextDecoderCtor {
  const ctor = (globalThis as unknown as { TextDecoder?: TextDecoderCtor }).TextDecoder;
  if (typeof ctor !== 'function') {
    throw new RangeError('This runtime has no TextDecoder: cannot decode report files.');
  }
  return ctor;
}

/**
 * Decodes `bytes` in `encoding`, refusing rather than replacing: returns the
 * text, or null if some bytes are invalid in that encoding. A byte order mark
 * is never stripped here (callers strip it), so a U+FEFF in the file is kept.
 * With `allowCutEnd`, a sequence cut short at the end is left out, not an error.
 */
export function decodeStrictly(bytes: Uint8Array, encoding: TextEncodingName, allowCutEnd = false): string | null {
  const decoder = new (textDecoderCtor())(encoding, { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes, { stream: allowCutEnd });
  } catch {
    return null;
  }
}

/**
 * The offset of the byte at which `bytes` stop being valid `encoding`: the
 * shortest prefix that cannot be decoded, even allowing for a sequence cut at
 * its end, ends at that byte. Null if all of `bytes` decode. A binary search
 * over prefixes, so it is meant for the error path only.
 */
export function firstUndecodableByte(bytes: Uint8Array, encoding: TextEncodingName): number | null {
  const decodes = (length: number): boolean => decodeStrictly(bytes.subarray(0, length), encoding, true) !== null;
  if (decodeStrictly(bytes, encoding) !== null) return null;
  if (decodes(bytes.length)) {
    // Only a sequence cut short at the end is wrong: point at its first byte.
    for (let cut = 1; cut <= 4 && cut <= bytes.length; cut++) {
      if (decodeStrictly(bytes.subarray(0, bytes.length - cut), encoding) !== null) return bytes.length - cut;
    }
    return bytes.length - 1;
  }
  let good = 0; // longest prefix known to decode
  let bad = bytes.length; // shortest prefix known not to
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (decodes(mid)) good = mid;
    else bad = mid;
  }
  return bad - 1;
}
