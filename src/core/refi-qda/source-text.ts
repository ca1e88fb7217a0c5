/**
 * A source's text as another tool wrote it, made into the app's text, and
 * where the file's positions fall in it. The standard wants UTF-8; a byte
 * order mark (which QualCoder writes) is dropped, UTF-16 with a mark and
 * GB18030 (what a Chinese Windows tool may write) are read too, strictly.
 * Line ends become "\n" as everywhere in the app; the file's positions count
 * code points of the text as the file holds it, CRs included, and are mapped
 * onto the normalised text.
 */
import { decodeStrictly } from '../decode/strict-decoder';
import { CodePointOffsets } from './code-point-offsets';

/**
 * The text of a source file's bytes, or null when they are not text in any
 * encoding tried. A leading byte order mark is dropped; nothing else
 * changes (line ends are left for `SourceText`).
 */
export function decodeSourceBytes(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrictly(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrictly(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrictly(bytes.subarray(2), 'utf-16be');
  return decodeStrictly(bytes, 'utf-8') ?? (bytes.includes(0) ? null : decodeStrictly(bytes, 'gb18030'));
}

/** A source's text with "\n" line ends, and the conversion of the file's positions into it. */
export class SourceText {
  /** The text with CRLF and lone CR as "\n". */
  readonly text: string;
  private readonly raw: CodePointOffsets;
  /** UTF-16 offsets in the raw text of the CRs dropped (those of CRLF pairs), in order. */
  private readonly dropped: number[] = [];

  constructor(raw: string) {
    const text = raw.replace(/^\uFEFF/, '');
    for (let at = text.indexOf('\r\n'); at !== -1; at = text.indexOf('\r\n', at + 2)) this.dropped.push(at);
    this.raw = new CodePointOffsets(text);
    this.text = text.replace(/\r\n?/g, '\n');
  }

  /** The text's length in the file's unit (code points of the raw text). */
  get positions(): number {
    return this.raw.codePointLength;
  }

  /**
   * The UTF-16 offset in `text` of the file's position `position`, clamped
   * to the text. A position between a CR and its LF lands before the LF.
   */
  toOffset(position: number): number {
    const units = this.raw.toUnits(Math.min(Math.max(0, Math.trunc(position)), this.raw.codePointLength));
    let low = 0;
    let high = this.dropped.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.dropped[mid] ?? 0) < units) low = mid + 1;
      else high = mid;
    }
    return units - low;
  }
}
