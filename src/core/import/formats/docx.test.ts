import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type ISectionOptions,
} from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { craftZip } from '../../fixtures/docx/craft-zip';
import { readDocx } from './docx';
import { DocxError, type DocxErrorCode } from './docx-error';

/** A 1×1 PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const TITLE = '青石县白鹭镇2023年政府工作报告';
const VENUE = '——2023年1月10日在白鹭镇第十八届人民代表大会第三次会议上';

async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

function table(rows: string[][]): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) })),
  });
}

/** A short invented report using Word's built-in Title and Heading styles. */
function reportSection(): ISectionOptions {
  return {
    children: [
      new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
      new Paragraph(VENUE),
      new Paragraph('镇长  林晓明'),
      new Paragraph({ text: '一、2022年工作回顾', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [new TextRun('过去一年，全镇实现地区生产总值12.6亿元、同比增长6.8%。'), new FootnoteReferenceRun(1)],
      }),
      new Paragraph({
        children: [
          new TextRun('茶园面积达到1.2万亩。'),
          new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } }),
        ],
      }),
      table([
        ['指标', '2022年', '增长'],
        ['地区生产总值', '12.6亿元', '6.8%'],
      ]),
      new Paragraph({ text: '（一）产业发展提质增效', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({
        children: [
          new TextRun('详见'),
          new ExternalHyperlink({ link: 'https://example.org/bailu.png', children: [new TextRun('镇政府网站')] }),
          new TextRun('公开栏。'),
        ],
      }),
      new Paragraph({ children: [new TextRun('新建村级养老服务站4个，'), new TextRun({ text: '城乡居民医保参保率达到98.5%。', break: 1 })] }),
      new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } })] }),
      new Paragraph('   '),
    ],
  };
}

async function reportDocx(): Promise<Uint8Array> {
  return pack(
    new Document({
      footnotes: { 1: { children: [new Paragraph('数据来源：镇统计站。')] } },
      sections: [reportSection()],
    }),
  );
}

/** The error `promise` rejects with, which must be a DocxError. */
async function docxError(promise: Promise<unknown>): Promise<DocxError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocxError);
  return error as DocxError;
}

async function expectCode(promise: Promise<unknown>, code: DocxErrorCode): Promise<DocxError> {
  const error = await docxError(promise);
  expect(error.code).toBe(code);
  return error;
}

describe('readDocx: a report', () => {
  it('reads title, headings, paragraphs, table rows, links, breaks and footnotes in order', async () => {
    const source = await readDocx(await reportDocx());
    expect(source.encoding).toBe('docx');
    expect(source.dropped).toEqual([]);
    expect(source.lines).toEqual([
      { text: TITLE, role: 'title' },
      { text: VENUE },
      { text: '镇长  林晓明' },
      { text: '一、2022年工作回顾', role: 'heading', level: 1 },
      { text: '过去一年，全镇实现地区生产总值12.6亿元、同比增长6.8%。[1]' },
      { text: '茶园面积达到1.2万亩。' },
      { text: '指标\t2022年\t增长' },
      { text: '地区生产总值\t12.6亿元\t6.8%' },
      { text: '（一）产业发展提质增效', role: 'heading', level: 2 },
      { text: '详见镇政府网站公开栏。' },
      { text: '新建村级养老服务站4个，' },
      { text: '城乡居民医保参保率达到98.5%。' },
      { text: '[1] 数据来源：镇统计站。' },
    ]);
  });

  it('drops images with a warning and keeps no trace of link targets', async () => {
    const source = await readDocx(await reportDocx());
    expect(source.warnings).toEqual(['2 images dropped']);
    expect(JSON.stringify(source.lines)).not.toMatch(/example\.org|img|src=/);
  });

  it('maps Chinese style names: 标题 → title, 标题 1 and 标题2 → headings', async () => {
    const bytes = await pack(
      new Document({
        styles: {
          paragraphStyles: [
            { id: 'TitleCN', name: '标题', basedOn: 'Normal', run: { bold: true, size: 44 } },
            { id: 'Heading1CN', name: '标题 1', basedOn: 'Normal', next: 'Normal', run: { bold: true } },
            { id: 'Heading2CN', name: '标题2', basedOn: 'Normal', next: 'Normal', run: { bold: true } },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ text: TITLE, style: 'TitleCN' }),
              new Paragraph({ text: '二、2023年工作安排', style: 'Heading1CN' }),
              new Paragraph({ text: '（一）聚焦产业振兴，做强镇域经济', style: 'Heading2CN' }),
              new Paragraph('推进茶旅融合项目建设，力争全年接待游客15万人次。'),
            ],
          },
        ],
      }),
    );
    const source = await readDocx(bytes);
    expect(source.lines).toEqual([
      { text: TITLE, role: 'title' },
      { text: '二、2023年工作安排', role: 'heading', level: 1 },
      { text: '（一）聚焦产业振兴，做强镇域经济', role: 'heading', level: 2 },
      { text: '推进茶旅融合项目建设，力争全年接待游客15万人次。' },
    ]);
    expect(source.warnings).toEqual([]);
  });

  it('guesses nothing from bold Normal paragraphs', async () => {
    const bytes = await pack(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ children: [new TextRun({ text: '一、2022年工作回顾', bold: true, font: '黑体' })] }),
              new Paragraph('　　过去一年，全镇新增城镇就业岗位410个。'),
            ],
          },
        ],
      }),
    );
    expect((await readDocx(bytes)).lines).toEqual([
      { text: '一、2022年工作回顾' },
      { text: '过去一年，全镇新增城镇就业岗位410个。' },
    ]);
  });
});

/** The offset of the central directory header of `name` in a zip. */
function centralHeaderOf(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const found = zip.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && found.every((b, i) => b === wanted[i])) return at;
  }
  throw new Error(`no central header for ${name}`);
}

describe('readDocx: files that are not readable Word documents', () => {
  it('refuses random bytes and text as corrupt-docx', async () => {
    await expectCode(readDocx(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)), 'corrupt-docx');
    await expectCode(readDocx(new TextEncoder().encode(`${TITLE}\n${VENUE}\n`)), 'corrupt-docx');
    await expectCode(readDocx(new Uint8Array(0)), 'corrupt-docx');
  });

  it('refuses a truncated docx as corrupt-docx', async () => {
    const bytes = await reportDocx();
    for (const cut of [bytes.length - 1, bytes.length - 100, Math.floor(bytes.length / 2), 100]) {
      await expectCode(readDocx(bytes.subarray(0, cut)), 'corrupt-docx');
    }
  });

  it('names the old .doc format', async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await expectCode(readDocx(ole), 'corrupt-docx')).message).toMatch(/\.doc\)/);
  });

  it('refuses a zip without word/document.xml, naming Excel files', async () => {
    const text = new TextEncoder().encode('<x/>');
    const plainZip = craftZip([{ name: 'notes.txt', data: text }]);
    expect((await expectCode(readDocx(plainZip), 'corrupt-docx')).message).toMatch(/no word\/document\.xml/);
    const workbook = craftZip([{ name: 'xl/workbook.xml', data: text }]);
    expect((await expectCode(readDocx(workbook), 'corrupt-docx')).message).toMatch(/Excel workbook/);
  });

  it('wraps what mammoth throws on a broken document part', async () => {
    const broken = craftZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document><w:body><w:p>') }]);
    const error = await expectCode(readDocx(broken), 'corrupt-docx');
    expect(error.cause).toBeDefined();
  });

  it('throws only DocxError on a docx with bytes overwritten', async () => {
    const bytes = await reportDocx();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: bytes.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        async (edits) => {
          const mutated = bytes.slice();
          for (const [at, value] of edits) mutated[at] = value;
          await readDocx(mutated).catch((error: unknown) => {
            expect(error).toBeInstanceOf(DocxError);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('readDocx: zip bombs', () => {
  it('refuses a real docx whose document part declares 4 GiB, without inflating it', async () => {
    const bytes = (await reportDocx()).slice();
    const header = centralHeaderOf(bytes, 'word/document.xml');
    new DataView(bytes.buffer).setUint32(header + 24, 0xfffffff0, true);
    const started = Date.now();
    expect((await expectCode(readDocx(bytes), 'zip-bomb')).message).toMatch(/too large to open safely/);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuses a docx whose parts together declare more than 200 MiB', async () => {
    const stub = new TextEncoder().encode('<w:document/>');
    // Three 1 MiB parts each declaring 80 MiB: a ratio of 80 passes, the 240 MiB total does not.
    const parts = Array.from({ length: 3 }, (_, i) => ({
      name: `word/media/image${i}.png`,
      data: new Uint8Array(1024 * 1024),
      declaredSize: 80 * 1024 * 1024,
    }));
    const error = await expectCode(readDocx(craftZip([{ name: 'word/document.xml', data: stub }, ...parts])), 'zip-bomb');
    expect(error.message).toMatch(/240\.0 MiB/);
  });
});

describe('readDocx: cancellation', () => {
  it('throws cancelled when the signal is already set', async () => {
    await expectCode(readDocx(await reportDocx(), { signal: { aborted: true } }), 'cancelled');
  });

  it('throws cancelled when the signal is set while reading', async () => {
    const signal = { aborted: false };
    const reading = readDocx(await reportDocx(), { signal });
    signal.aborted = true;
    await expectCode(reading, 'cancelled');
  });
});
