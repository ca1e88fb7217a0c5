/**
 * A large XML part built from many short strings, kept as UTF-8 bytes: the
 * strings are joined and encoded every quarter million characters or so, so
 * they die young (cheap for the garbage collector) and what lives on is
 * bytes outside the JavaScript heap's scanned space, ready for the zip.
 */
import { strToU8 } from 'fflate';

/** How many characters gather before they are encoded. */
const CHUNK_CHARS = 1 << 18;

export class Utf8Chunks {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly chunks: Uint8Array[] = [];

  /** Appends `text`. */
  push(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= CHUNK_CHARS) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = strToU8(this.pending.join(''));
    this.chunks.push(chunk);
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Everything pushed as one array of UTF-8 bytes, between `before` and `after` (a part's opening and closing, known last). */
  bytes(before = '', after = ''): Uint8Array {
    this.flush();
    const parts = [strToU8(before), ...this.chunks, strToU8(after)];
    const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  }
}
