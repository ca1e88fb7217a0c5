import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { sampleProject } from './fixtures/sample-project';
import { QdaError, type QdaErrorCode } from './qda-error';
import { qdpx } from './qdpx-writer';
import { readQdpx } from './qdpx-reader';

const G = (n: number): string => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function zip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [path, content] of Object.entries(files)) archive.file(path, content);
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// A project as NVivo writes one: GUIDs in upper case, variables on a Case, an annotation tied by a Link,
// the source text in sources/ with a byte order mark and CRLF line ends (positions count the CR and
// count 𠀀 once: 全 is at 9), a richTextPath beside it.
const NVIVO_TEXT = '\uFEFF一、工作回顾\r\n𠀀全县粮食增产。\r\n二、工作安排';
const NVIVO = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:QDA-XML:project:1.0" name="NVivo 项目" origin="NVivo 14" creationDateTime="2024-05-01T10:00:00Z">
  <Users><User guid="${G(90)}" name="分析员"/></Users>
  <CodeBook><Codes>
    <Code guid="${G(1).toUpperCase()}" name="粮食安全" isCodable="true"><Code guid="${G(2).toUpperCase()}" name="增产" isCodable="true"/></Code>
  </Codes></CodeBook>
  <Variables><Variable guid="${G(30)}" name="地点" typeOfVariable="Text"/><Variable guid="${G(31)}" name="年份" typeOfVariable="Integer"/></Variables>
  <Cases><Case guid="${G(40)}" name="白沙县">
    <VariableValue><VariableRef targetGUID="${G(30)}"/><TextValue>白沙县</TextValue></VariableValue>
    <VariableValue><VariableRef targetGUID="${G(31)}"/><IntegerValue> 2023 </IntegerValue></VariableValue>
    <SourceRef targetGUID="{${G(10).toUpperCase()}}"/>
  </Case></Cases>
  <Sources>
    <TextSource guid="{${G(10).toUpperCase()}}" name="白沙县报告" richTextPath="internal://${G(10)}.docx" plainTextPath="internal://${G(10)}.txt">
      <PlainTextSelection guid="${G(20)}" name="全县粮食增产" startPosition="9" endPosition="15" creatingUser="${G(90)}" creationDateTime="2024-05-02T09:00:00Z">
        <Coding guid="${G(21)}" creatingUser="${G(90)}"><CodeRef targetGUID="${G(2).toUpperCase()}"/></Coding>
      </PlainTextSelection>
    </TextSource>
    <PictureSource guid="${G(11)}" name="照片" path="internal://${G(11)}.jpg"/>
  </Sources>
  <Notes><Note guid="${G(50)}" name="注释"><PlainTextContent>增产原因待查</PlainTextContent></Note></Notes>
  <Links><Link guid="${G(60)}" originGUID="${G(50)}" targetGUID="${G(20)}" direction="OneWay"/></Links>
</Project>`;

// As MAXQDA writes one: a project file named after the project, Sources/ capitalised, short colours,
// a code memo as a NoteRef, document variables on the source, a PDF without text and an audio source.
const MAXQDA = `<?xml version="1.0" encoding="utf-8"?>
<Project origin="MAXQDA 24" xmlns="urn:QDA-XML:project:1.0" name="对比">
  <CodeBook><Codes><Code guid="${G(1)}" name="营商环境" isCodable="true" color="#0A0"><NoteRef targetGUID="${G(51)}"/></Code></Codes></CodeBook>
  <Variables><Variable guid="${G(30)}" name="年份" typeOfVariable="Integer"/></Variables>
  <Sources>
    <TextSource plainTextPath="internal://${G(10)}.txt" guid="${G(10)}" name="报告">
      <PlainTextSelection guid="${G(20)}" startPosition="9" endPosition="2"><Coding guid="${G(21)}"><CodeRef targetGUID="${G(1)}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${G(22)}" startPosition="5" endPosition="500"><Coding guid="${G(23)}"><CodeRef targetGUID="${G(99)}"/></Coding></PlainTextSelection>
      <PlainTextSelection guid="${G(24)}" startPosition="400" endPosition="500"/>
      <VariableValue><VariableRef targetGUID="${G(30)}"/><IntegerValue>二〇二四</IntegerValue></VariableValue>
    </TextSource>
    <PDFSource guid="${G(11)}" name="扫描件" path="internal://${G(11)}.pdf"/>
    <AudioSource guid="${G(12)}" name="录音" path="internal://${G(12)}.m4a"/>
  </Sources>
  <Notes><Note guid="${G(51)}" name="备忘"><PlainTextContent>优化营商环境</PlainTextContent></Note></Notes>
</Project>`;

// As QualCoder writes one: an annotation as a note holding its own selection, referenced from the source;
// a journal kept as a file; the source text inline.
const QUALCODER = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="qc" origin="QualCoder 3.6">
  <Sources>
    <TextSource guid="${G(10)}" name="乡报告"><PlainTextContent>乡村振兴稳步推进。</PlainTextContent><NoteRef targetGUID="${G(52)}"/></TextSource>
  </Sources>
  <Notes>
    <Note guid="${G(52)}"><PlainTextContent>值得关注</PlainTextContent><PlainTextSelection guid="${G(25)}" startPosition="0" endPosition="4"/></Note>
    <Note guid="${G(53)}" name="研究日志" plainTextPath="internal://${G(53)}.txt"><Description/></Note>
  </Notes>
</Project>`;

describe('readQdpx reads what other tools write', () => {
  it('NVivo: case variables, upper-case GUIDs, a Link to the note, a BOM and CRLF in the text', async () => {
    const project = await readQdpx(await zip({ 'project.qde': NVIVO, [`sources/${G(10)}.txt`]: utf8(NVIVO_TEXT), [`sources/${G(10)}.docx`]: 'docx' }));
    expect(project.name).toBe('NVivo 项目');
    expect(project.origin).toBe('NVivo 14');
    expect(project.codebook.codes[0]!.children[0]!.guid).toBe(G(2));
    const [source] = project.sources;
    expect(source!.text).toBe('一、工作回顾\n𠀀全县粮食增产。\n二、工作安排');
    expect(source!.variables).toEqual([
      { name: '地点', type: 'Text', value: '白沙县' },
      { name: '年份', type: 'Integer', value: '2023' },
    ]);
    const [selection] = source!.selections;
    expect(source!.text.slice(selection!.start, selection!.end)).toBe('全县粮食增产');
    expect(selection).toMatchObject({ codeGuids: [G(2)], note: '增产原因待查', createdAt: '2024-05-02T09:00:00Z' });
    expect(project.notes).toEqual([]);
    expect(project.warnings).toEqual([expect.stringContaining('picture source')]);
  });

  it('MAXQDA: another .qde name, Sources/, short colours, code memos, reversed and overlong selections', async () => {
    const text = '优化营商环境，激发市场活力。';
    const project = await readQdpx(await zip({ '对比.qde': MAXQDA, [`Sources/${G(10)}.txt`]: text }));
    const [code] = project.codebook.codes;
    expect(code).toMatchObject({ color: '#00aa00', description: '优化营商环境' });
    const [source] = project.sources;
    expect(source!.variables).toEqual([{ name: '年份', type: 'Text', value: '二〇二四' }]);
    expect(source!.selections.map((s) => [s.start, s.end, s.codeGuids])).toEqual([
      [2, 9, [G(1)]],
      [5, text.length, []],
    ]);
    expect(project.notes).toEqual([]);
    expect(project.warnings).toEqual([
      expect.stringContaining('cut to fit'),
      expect.stringContaining('not in the codebook'),
      expect.stringContaining('outside the text'),
      expect.stringContaining('PDF'),
      expect.stringContaining('audio source'),
    ]);
  });

  it('QualCoder: annotations as notes with their own selection, inline text, a journal in a file', async () => {
    const project = await readQdpx(await zip({ 'project.qde': QUALCODER, [`sources/${G(53)}.txt`]: '\uFEFF第一周：读完两份报告。' }));
    const [source] = project.sources;
    expect(source!.text).toBe('乡村振兴稳步推进。');
    expect(source!.selections).toEqual([{ guid: G(25), start: 0, end: 4, codeGuids: [], note: '值得关注', createdAt: null, modifiedAt: null }]);
    expect(project.notes).toEqual([{ guid: G(53), name: '研究日志', text: '第一周：读完两份报告。' }]);
  });

  it('reads a source kept in GB18030 and one at the top of the zip', async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="${G(10)}" name="a" plainTextPath="internal://a.txt"/><TextSource guid="${G(11)}" name="b" plainTextPath="internal://b.txt"/></Sources></Project>`;
    const gb = Uint8Array.of(0xd5, 0xfe, 0xb8, 0xae); // 政府 in GB18030
    const project = await readQdpx(await zip({ 'project.qde': qde, 'sources/a.txt': gb, 'b.txt': '报告' }));
    expect(project.sources.map((s) => s.text)).toEqual(['政府', '报告']);
  });

  it('leaves out a source whose text is missing, saying so', async () => {
    const qde = `<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><TextSource guid="${G(10)}" name="缺失" plainTextPath="relative:///elsewhere/x.txt"/></Sources></Project>`;
    const project = await readQdpx(await zip({ 'project.qde': qde }));
    expect(project.sources).toEqual([]);
    expect(project.warnings).toEqual([expect.stringContaining('缺失')]);
  });
});

describe('readQdpx refuses what is not a project', () => {
  const code = async (bytes: Promise<Uint8Array> | Uint8Array, limits?: object): Promise<QdaErrorCode | 'none'> => {
    try {
      await readQdpx(await bytes, limits ? { limits } : {});
      return 'none';
    } catch (error) {
      if (!(error instanceof QdaError)) throw error;
      expect(error.message).not.toBe('');
      return error.code;
    }
  };

  it('not-qdpx: a bare project.qde, a text file, nothing', async () => {
    expect(await code(utf8(NVIVO))).toBe('not-qdpx');
    expect(await code(utf8('政府工作报告'))).toBe('not-qdpx');
    expect(await code(new Uint8Array())).toBe('not-qdpx');
  });

  it('corrupt-zip: a .qdpx cut short', async () => {
    const bytes = await qdpx(sampleProject());
    expect(await code(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('corrupt-zip');
  });

  it('missing-project: a zip without a .qde', async () => {
    expect(await code(zip({ 'sources/a.txt': '报告' }))).toBe('missing-project');
  });

  it('too-large: a zip inflating beyond the limit', async () => {
    expect(await code(qdpx(sampleProject()), { maxTotalSize: 100 })).toBe('too-large');
  });

  it('not-refi: a project.qde that is another XML or not UTF-8', async () => {
    expect(await code(zip({ 'project.qde': '<html><body/></html>' }))).toBe('not-refi');
    expect(await code(zip({ 'project.qde': Uint8Array.of(0x3c, 0xff, 0xfe, 0x3e) }))).toBe('not-refi');
  });
});
