/**
 * A PDF page's text items → its visual lines, in reading order: steps 1 and
 * 2 of the pdf layout (see pdf-layout.ts).
 *
 * The page is read in its reading frame, the direction most of its text runs
 * in (a page drawn sideways is read sideways); lines in other directions are
 * built too but set aside. Items are grouped into lines by baseline (a
 * tolerance of 0.4 em keeps superscripts on their line), ordered left to
 * right and joined: nothing between CJK characters, nothing between CJK and
 * Latin unless the gap is wide, one space between Latin words or across a
 * wide gap. Radicals are folded back to ideographs (pdf-radicals.ts) and an
 * item drawn twice in place is read once.
 */
import type { PdfPageText, PdfTextItem } from './pdf-page-text';
import { foldRadicals } from './pdf-radicals';

/** Baselines closer than this (in ems of the larger font) are one line: keeps super- and subscripts on their line. */
const SAME_LINE = 0.4;
/** Within a line, a gap this wide (ems) between Latin text is a space. */
const LATIN_SPACE = 0.12;
/** A gap this wide (ems) between CJK and Latin is a space (Word's autospace, ~0.25 em, is not). */
const MIXED_SPACE = 0.6;
/** A gap this wide (ems) between CJK characters is a space (a table's columns, `镇长  林晓明`). */
const CJK_SPACE = 0.9;

/**
 * CJK text: Han, kana, Hangul, Bopomofo, CJK punctuation and full-width forms.
 * Between two of these no space is written.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u;

/** A text item placed in its page's reading frame (y up, text running towards +x). */
interface Fragment {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A rebuilt visual line, in its page's reading frame. */
export interface PdfLine {
  page: number;
  text: string;
  left: number;
  right: number;
  baseline: number;
  size: number;
  /** Width of the first word (one character for CJK), for the wrap test. */
  firstWord: number;
  /** Whether the text starts or ends with CJK. */
  cjkStart: boolean;
  cjkEnd: boolean;
}

/** A page's lines in reading order, with the frame's box. */
export interface PdfPageLines {
  page: number;
  lines: PdfLine[];
  /** Lines in other directions, set aside. */
  rotated: PdfLine[];
  top: number;
  bottom: number;
  height: number;
  /** The page box's left and right edges in the frame. */
  left: number;
  right: number;
}

/**
 * The direction of an item's baseline in whole degrees, counter-clockwise
 * from +x: a multiple of 90 when within 3° of one.
 */
function directionOf(item: PdfTextItem): number {
  const [a = 1, b = 0] = item.transform;
  const degrees = (Math.atan2(b, a) * 180) / Math.PI;
  const quadrant = Math.round(degrees / 90) * 90;
  const snapped = Math.abs(degrees - quadrant) <= 3 ? quadrant : Math.round(degrees);
  return ((snapped % 360) + 360) % 360;
}

/** The font size of an item: the length of its matrix's vertical vector, else its height. */
function sizeOf(item: PdfTextItem): number {
  const [a = 0, b = 0, c = 0, d = 0] = item.transform;
  const size = Math.hypot(c, d) || item.height || Math.hypot(a, b);
  return size > 0 ? size : 1;
}

/** Turns a point of page space into the frame of text running at `degrees` (y up, text towards +x). */
function toFrame(x: number, y: number, degrees: number): [number, number] {
  const radians = (degrees * Math.PI) / 180;
  const square = degrees % 90 === 0;
  const cos = square ? Math.round(Math.cos(radians)) : Math.cos(radians);
  const sin = square ? Math.round(Math.sin(radians)) : Math.sin(radians);
  return [x * cos + y * sin, -x * sin + y * cos];
}

/** Reads one page: its lines in the main direction, lines in other directions set aside. */
export function readPage(page: PdfPageText, number: number): PdfPageLines {
  const byDirection = new Map<number, PdfTextItem[]>();
  const weight = new Map<number, number>();
  for (const item of page.items) {
    if (item.str.trim() === '') continue;
    const direction = directionOf(item);
    const items = byDirection.get(direction);
    if (items) items.push(item);
    else byDirection.set(direction, [item]);
    weight.set(direction, (weight.get(direction) ?? 0) + item.str.length);
  }
  let main = 0;
  let best = -1;
  for (const [direction, w] of weight) {
    if (w > best || (w === best && direction === 0)) [main, best] = [direction, w];
  }

  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const corners = [toFrame(x0, y0, main), toFrame(x0, y1, main), toFrame(x1, y0, main), toFrame(x1, y1, main)];
  const top = Math.max(...corners.map(([, y]) => y));
  const bottom = Math.min(...corners.map(([, y]) => y));
  const left = Math.min(...corners.map(([x]) => x));
  const right = Math.max(...corners.map(([x]) => x));

  const lines = buildLines(byDirection.get(main) ?? [], main, number);
  const rotated: PdfLine[] = [];
  for (const [direction, items] of byDirection) {
    if (direction !== main) rotated.push(...buildLines(items, direction, number));
  }
  return { page: number, lines, rotated, top, bottom, height: top - bottom, left, right };
}

/** Groups items of one direction into lines, top to bottom. */
function buildLines(items: readonly PdfTextItem[], degrees: number, page: number): PdfLine[] {
  const fragments: Fragment[] = [];
  for (const item of items) {
    const [, , , , e = 0, f = 0] = item.transform;
    const [x, y] = toFrame(e, f, degrees);
    const text = tidyText(item.str);
    if (text === '') continue;
    fragments.push({ text, x, y, width: Math.abs(item.width), size: sizeOf(item) });
  }
  fragments.sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: { fragments: Fragment[]; baseline: number; size: number }[] = [];
  for (const fragment of fragments) {
    const current = groups[groups.length - 1];
    if (current && Math.abs(fragment.y - current.baseline) <= SAME_LINE * Math.max(fragment.size, current.size)) {
      current.fragments.push(fragment);
      if (fragment.size > current.size) [current.baseline, current.size] = [fragment.y, fragment.size];
    } else {
      groups.push({ fragments: [fragment], baseline: fragment.y, size: fragment.size });
    }
  }
  return groups.flatMap((group) => {
    const line = joinFragments(dedupe(group.fragments.sort((a, b) => a.x - b.x)), group.baseline, page);
    return line ? [line] : [];
  });
}

/**
 * An item's text with radicals folded to ideographs (see pdf-radicals.ts),
 * whitespace runs folded to one space, and the spaces pdfjs writes into
 * narrow gaps next to CJK taken out (`各 位 代 表`, `2023 年`): Chinese puts
 * no spaces there.
 */
function tidyText(str: string): string {
  const folded = foldRadicals(str).replace(/\s+/gu, ' ').trim();
  let out = '';
  const chars = Array.from(folded);
  chars.forEach((char, i) => {
    if (char === ' ') {
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? '';
      if (CJK.test(before) || CJK.test(after)) return;
    }
    out += char;
  });
  return out;
}

/** Drops an item drawn twice in the same place (fake bold, a shadow). */
function dedupe(fragments: readonly Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const fragment of fragments) {
    const twin = out.some(
      (f) => f.text === fragment.text && Math.abs(f.x - fragment.x) <= 0.15 * f.size && Math.abs(f.y - fragment.y) <= 0.15 * f.size,
    );
    if (!twin) out.push(fragment);
  }
  return out;
}

/** Whether to put a space between two pieces of a line `gap` apart. */
function separator(before: string, after: string, gap: number, size: number): string {
  const cjkBefore = CJK.test(before);
  const cjkAfter = CJK.test(after);
  const ems = gap / size;
  if (cjkBefore && cjkAfter) return ems >= CJK_SPACE ? ' ' : '';
  if (cjkBefore || cjkAfter) return ems >= MIXED_SPACE ? ' ' : '';
  return ems >= LATIN_SPACE ? ' ' : '';
}

/** Joins a line's fragments, left to right, into one line. */
function joinFragments(fragments: readonly Fragment[], baseline: number, page: number): PdfLine | null {
  const first = fragments[0];
  if (!first) return null;
  let text = first.text;
  let end = first.x + first.width;
  let right = end;
  const sizes = new Map<number, number>();
  for (const fragment of fragments) {
    const key = Math.round(fragment.size * 10) / 10;
    sizes.set(key, (sizes.get(key) ?? 0) + fragment.text.length);
  }
  for (const fragment of fragments.slice(1)) {
    const size = Math.max(fragment.size, 1);
    text += separator(text.at(-1) ?? '', fragment.text[0] ?? '', fragment.x - end, size) + fragment.text;
    end = Math.max(end, fragment.x + fragment.width);
    right = Math.max(right, end);
  }
  let size = first.size;
  let most = -1;
  for (const [s, count] of sizes) if (count > most) [size, most] = [s, count];

  const firstChar = Array.from(first.text)[0] ?? '';
  const cjkStart = CJK.test(firstChar);
  const word = cjkStart ? firstChar : (/^[^\s\p{Script=Han}]+/u.exec(first.text)?.[0] ?? firstChar);
  const firstWord = first.text.length > 0 ? (first.width * word.length) / first.text.length : 0;
  return {
    page,
    text,
    left: first.x,
    right,
    baseline,
    size,
    firstWord,
    cjkStart,
    cjkEnd: CJK.test(text.at(-1) ?? ''),
  };
}
