import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTE_HEADER, gazettePdf } from '../../fixtures/pdf/gazette-pdf';
import { ascii, helveticaWidth, makePdf, songWidth, type PdfTextRun } from '../../fixtures/pdf/make-pdf';
import { TOWNSHIP_HEADER, townshipPdf } from '../../fixtures/pdf/township-pdf';
import type { ReadOptions } from '../source-document';
import { readPdf } from './pdf';
import { PdfError, type PdfErrorCode } from './pdf-error';

/** pdfjs-dist's folders, as a Node host passes them: filesystem paths ending in '/'. */
const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const OPTIONS: ReadOptions = {
  pdfCMapUrl: `${join(PDFJS_DIR, 'cmaps')}/`,
  pdfStandardFontDataUrl: `${join(PDFJS_DIR, 'standard_fonts')}/`,
};

/** The PdfError code readPdf fails with, checking it fails with nothing else. */
async function failure(bytes: Uint8Array, options: ReadOptions = OPTIONS): Promise<{ code: PdfErrorCode; message: string }> {
  const error: unknown = await readPdf(bytes, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdfError);
  const { code, message } = error as PdfError;
  return { code, message };
}

const song = (text: string, x: number, y: number, size = 16): PdfTextRun => ({ text, x, y, size, font: 'song' });
const helvetica = (text: string, x: number, y: number, size = 16): PdfTextRun => ({ text, x, y, size });

describe('readPdf: an English gazette in Helvetica', () => {
  it('gives the body lines with pages, and marks the wrapped ones as continuing', async () => {
    const fixture = gazettePdf();
    const document = await readPdf(fixture.bytes, OPTIONS);
    expect(document.encoding).toBe('pdf');
    expect(document.lines).toEqual(fixture.lines);
    expect(document.lines.filter((l) => l.continues).length).toBeGreaterThan(5);
    // The paragraph that runs from page 1 onto page 2 continues across the break.
    const lastOnPage1 = document.lines.filter((l) => l.page === 1).at(-1);
    expect(lastOnPage1?.continues).toBe(true);
    expect(document.warnings).toEqual([]);
  });

  it('drops the running header and the page numbers, keeping them where they stood', async () => {
    const fixture = gazettePdf();
    const document = await readPdf(fixture.bytes, OPTIONS);
    const firstOf = (page: number) => document.lines.findIndex((l) => l.page === page);
    expect(document.dropped).toEqual([
      { text: GAZETTE_HEADER, reason: 'running-header', before: 0 },
      { text: '- 1 -', reason: 'page-number', before: firstOf(2) },
      { text: GAZETTE_HEADER, reason: 'running-header', before: firstOf(2) },
      { text: '- 2 -', reason: 'page-number', before: firstOf(3) },
      { text: GAZETTE_HEADER, reason: 'running-header', before: firstOf(3) },
      { text: '- 3 -', reason: 'page-number', before: document.lines.length },
    ]);
    expect(document.lines.some((l) => l.text.includes('Gazette') || /^- \d -$/u.test(l.text))).toBe(false);
  });

  it('leaves the caller’s bytes whole (pdfjs detaches the buffer it is given)', async () => {
    const { bytes } = gazettePdf();
    const copy = bytes.slice();
    await readPdf(bytes, OPTIONS);
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(bytes).toEqual(copy);
    // And the same bytes read twice give the same document.
    expect(await readPdf(bytes, OPTIONS)).toEqual(await readPdf(copy, OPTIONS));
  });
});

describe('readPdf: a Chinese report in a font that is not embedded (STSong-Light, UniGB-UTF16-H)', () => {
  it('reads the Chinese text through the character maps', async () => {
    const fixture = townshipPdf();
    const document = await readPdf(fixture.bytes, OPTIONS);
    expect(document.lines[0]).toEqual({ text: '青石县白鹭镇2023年政府工作报告', page: 1, continues: false });
    expect(document.lines).toEqual(fixture.lines);
    expect(document.dropped.map((d) => [d.text, d.reason])).toEqual([
      [TOWNSHIP_HEADER, 'running-header'],
      ['— 1 —', 'page-number'],
      [TOWNSHIP_HEADER, 'running-header'],
      ['— 2 —', 'page-number'],
      [TOWNSHIP_HEADER, 'running-header'],
      ['— 3 —', 'page-number'],
    ]);
  });

  it('rebuilds each paragraph from the lines that continue', async () => {
    const document = await readPdf(townshipPdf().bytes, OPTIONS);
    const paragraphs: string[] = [];
    let open = '';
    for (const line of document.lines) {
      open += line.text;
      if (!line.continues) [paragraphs[paragraphs.length], open] = [open, ''];
    }
    expect(paragraphs).toContain('过去一年，全镇实现地区生产总值12.6亿元、同比增长6.8%；一般公共预算收入3150万元、同比增长4.2%；农村居民人均可支配收入19420元、同比增长7.1%。');
    expect(paragraphs).toContain('一、2022年工作回顾');
    expect(paragraphs).toContain('镇长 林晓明');
    expect(paragraphs).toHaveLength(16);
  });

  it('joins CJK items of one line without spaces: across fonts, tracking and run breaks', async () => {
    const x = 72;
    const digits = helveticaWidth('12.6', 16);
    const bytes = makePdf({
      pages: [
        {
          runs: [
            // Song, Helvetica digits, Song again: three items on one line.
            song('全镇实现地区生产总值', x, 700),
            helvetica('12.6', x + 160, 700),
            song('亿元，同比增长', x + 160 + digits, 700),
            helvetica('6.8%', x + 160 + digits + 112, 700),
            // Letter-spaced by a third of an em, one character per run.
            ...Array.from('各位代表', (char, i) => song(char, x + i * 16 * 1.33, 660)),
            // Two words with a two-em gap.
            song('镇长', x, 620),
            song('林晓明', x + 32 + 32, 620),
          ],
        },
      ],
    });
    const document = await readPdf(bytes, OPTIONS);
    expect(document.lines.map((l) => l.text)).toEqual(['全镇实现地区生产总值12.6亿元，同比增长6.8%', '各位代表', '镇长 林晓明']);
  });

  it('without character maps reads no Chinese and says why instead of calling it a scan', async () => {
    const { bytes } = townshipPdf();
    const { code, message } = await failure(bytes, {});
    expect(code).toBe('no-text');
    expect(message).toMatch(/pdfCMapUrl/u);
    expect(message).not.toMatch(/scan/u);
  });

  it('warns when character maps cannot be fetched from a URL', async () => {
    const bytes = makePdf({ pages: [{ runs: [helvetica('English text', 72, 700), song('中文', 72, 660)] }] });
    const document = await readPdf(bytes, { pdfCMapUrl: 'http://127.0.0.1:9/no-such-folder/' });
    expect(document.lines.map((l) => l.text)).toEqual(['English text']);
    expect(document.warnings).toEqual([expect.stringMatching(/character maps could not be loaded from http:\/\/127\.0\.0\.1:9\/no-such-folder\//u)]);
  });
});

describe('readPdf: layout oddities', () => {
  it('sets rotated margin text aside and says so', async () => {
    const bytes = makePdf({
      pages: [{ runs: [song('正文第一行', 72, 700), song('正文第二行', 72, 670), { ...song('内部资料', 40, 300), rotate: 90 }] }],
    });
    const document = await readPdf(bytes, OPTIONS);
    expect(document.lines.map((l) => l.text)).toEqual(['正文第一行', '正文第二行']);
    expect(document.dropped).toEqual([{ text: '内部资料', reason: 'rotated-text', before: 2 }]);
    expect(document.warnings).toEqual(['1 line of rotated text (margin notes, watermarks) set aside']);
  });

  it('warns about pages without text among pages with text', async () => {
    const text = { runs: [helvetica('Some text', 72, 700)] };
    const image = { graphics: '0.5 g 72 72 400 600 re f' };
    const document = await readPdf(makePdf({ pages: [text, image, image, image, text, image] }), OPTIONS);
    expect(document.lines.map((l) => l.page)).toEqual([1, 5]);
    expect(document.warnings).toEqual(['Pages 2–4 and 6 of 6 have no text (scanned images?): their content is missing']);
  });
});

describe('readPdf: files it cannot read', () => {
  const garbage = (length: number) => {
    let seed = 7;
    return Uint8Array.from({ length }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
  };

  it('rejects bytes that are not a PDF as corrupt-pdf', async () => {
    const header = ascii('%PDF-1.7\n');
    const withGarbage = new Uint8Array(header.length + 5000);
    withGarbage.set(header);
    withGarbage.set(garbage(5000), header.length);
    for (const bytes of [withGarbage, garbage(3000), ascii('Just some text, not a PDF.'), new Uint8Array(0)]) {
      expect((await failure(bytes)).code).toBe('corrupt-pdf');
    }
  });

  it('rejects a truncated PDF as corrupt-pdf, quickly', async () => {
    const { bytes } = gazettePdf();
    const started = Date.now();
    for (const share of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) {
      const { code, message } = await failure(bytes.slice(0, Math.floor(bytes.length * share)));
      expect(code).toBe('corrupt-pdf');
      expect(message).toMatch(/not a readable PDF/u);
    }
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('rejects a password-protected PDF as encrypted-pdf', async () => {
    const bytes = makePdf({ passwordProtected: true, pages: [{ runs: [helvetica('Secret', 72, 700)] }] });
    const { code, message } = await failure(bytes);
    expect(code).toBe('encrypted-pdf');
    expect(message).toMatch(/password/u);
  });

  it('rejects a PDF whose pages have no text as no-text: a scan needs OCR', async () => {
    const bytes = makePdf({ pages: [{ graphics: '0.2 g 72 72 451 698 re f' }, { graphics: '0 0 1 rg 100 100 50 50 re f' }] });
    const { code, message } = await failure(bytes);
    expect(code).toBe('no-text');
    expect(message).toMatch(/OCR/u);
  });

  it('stops with cancelled when the signal is set before or between pages', async () => {
    const { bytes } = gazettePdf();
    expect((await failure(bytes, { ...OPTIONS, signal: { aborted: true } })).code).toBe('cancelled');

    let checks = 0;
    const signal = {
      get aborted() {
        checks++;
        return checks > 3; // before opening, after loading, page 1: then cancelled at page 2
      },
    };
    expect((await failure(bytes, { ...OPTIONS, signal })).code).toBe('cancelled');
    expect(checks).toBe(4);
  });
});

describe('the fixtures', () => {
  it('set Chinese as wide as the font says', () => {
    expect(songWidth('青石县2023年AB', 16)).toBe(4 * 16 + 6 * 8);
  });
});
