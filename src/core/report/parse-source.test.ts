import { describe, expect, it } from 'vitest';
import { readMarkdown, readText } from '../import/formats/text';
import type { SourceDocument } from '../import/source-document';
import { parseSource } from './parse-source';
import type { ParsedReport, ParseResult } from './report';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';
import { TOWNSHIP_REPORT_GB18030_TEXT } from '../fixtures/township-report-gb18030';
import { GOVERNMENT_SITE_DEBRIS, GOVERNMENT_SITE_REPORT } from '../fixtures/government-site-report';
import { NEWS_ARTICLE_REPORT } from '../fixtures/news-article-report';
import { DOC_SHARING_PREAMBLE, DOC_SHARING_REPORT } from '../fixtures/doc-sharing-report';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const parse = (text: string): ParseResult => parseSource(readText(bytes(text)));
/** The one report a text parses to. */
function parseOne(text: string): ParsedReport {
  const { reports } = parse(text);
  expect(reports).toHaveLength(1);
  return reports[0]!;
}

/** The block invariants, checked independently of checkReport. */
function expectInvariants(report: ParsedReport, lines: string[]): void {
  expect(report.blocks.map((b) => report.text.slice(b.start, b.end))).toEqual(lines);
  expect(report.text).toBe(lines.join('\n'));
  report.blocks.forEach((block, i) => {
    expect(block.end).toBeGreaterThan(block.start);
    const previous = report.blocks[i - 1];
    if (previous) expect(block.start).toBe(previous.end + 1);
  });
}

/** Blocks as `kind[level]: text`, for readable expectations; a run-in heading as `paragraph/runIn2: heading | rest`. */
function outline(report: ParsedReport): string[] {
  return report.blocks.map((b) => {
    const text = report.text.slice(b.start, b.end);
    if (b.runIn) return `paragraph/runIn${b.runIn.level}: ${report.text.slice(b.start, b.runIn.end)} | ${report.text.slice(b.runIn.end, b.end)}`;
    return `${b.kind}${b.level ?? ''}: ${text}`;
  });
}

describe('parseSource on a plain township report', () => {
  const result = parse(TOWNSHIP_REPORT);
  const report = result.reports[0]!;

  it('gives one report, no compilation, nothing hidden', () => {
    expect(result).toMatchObject({ encoding: 'utf-8', compilation: null, hidden: [], warnings: [] });
    expect(result.reports).toHaveLength(1);
    expect(report.hidden).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it('reads the title, place and year of a township report', () => {
    expect(report.title).toBe('青石县白鹭镇2023年政府工作报告');
    expect(report.place).toBe('青石县白鹭镇');
    expect(report.placeLevel).toBe('镇');
    expect(report.region).toBeNull();
    expect(report.year).toBe(2023);
  });

  it('reads the venue line and the speaker as front matter, and no page metadata', () => {
    expect(report).toMatchObject({ date: '2023-01-10', speaker: '镇长 林晓明', published: null, source: null, author: null, summary: null, incomplete: false });
  });

  it('finds the title, headings and paragraphs', () => {
    const lines = TOWNSHIP_REPORT.split('\n');
    const at = (i: number): string => lines[i] ?? '';
    expect(outline(report)).toEqual([
      `title: ${at(0)}`,
      `paragraph: ${at(1)}`,
      `paragraph: ${at(2)}`,
      'paragraph: 各位代表：',
      `paragraph: ${at(4)}`,
      'heading1: 一、2022年工作回顾',
      `paragraph: ${at(6)}`,
      'heading2: （一）产业发展提质增效',
      `paragraph: ${at(8)}`,
      'heading2: （二）民生保障持续加强',
      `paragraph: ${at(10)}`,
      'heading1: 二、2023年工作安排',
      `paragraph: ${at(12)}`,
      'heading2: （一）聚焦产业振兴，做强镇域经济',
      `paragraph: ${at(14)}`,
      `paragraph: ${at(15)}`,
    ]);
  });

  it('keeps the invariants: blocks in order, tiling the text, one per line', () => {
    expectInvariants(report, TOWNSHIP_REPORT.split('\n'));
    expect(report.blocks.filter((b) => b.kind !== 'heading').every((b) => !('level' in b))).toBe(true);
  });

  it('gives the same report for CRLF, CR, indentation and blank lines', () => {
    const breaks = ['\r\n', '\r', '\n\n', '\r\n \u3000\r\n'];
    const messy = TOWNSHIP_REPORT.split('\n')
      .map((line, i) => `${i % 2 ? `\u3000\u3000${line}\u00a0 ` : `\t${line}`}${breaks[i % breaks.length]}`)
      .join('');
    expect(parse(messy)).toEqual(result);
  });
});

describe('parseSource', () => {
  // Found by the hostile corpus: terminal escapes, C1 controls and a right-to-left override
  // (plain or as HTML character references) reached the report's text, title and hidden lines.
  it('takes control characters out of every line, kept and hidden, and says how many', () => {
    const source: SourceDocument = {
      encoding: 'utf-8',
      lines: [{ text: '\u202e白鹭镇2023年政府工作报告\u202c' }, { text: '全镇经济\u001b[31m平稳\u0085运行。' }, { text: '\u0007\u0008' }],
      dropped: [{ text: '首页\u0000 > 政务公开', reason: 'navigation', before: 1 }],
      warnings: [],
    };
    const result = parseSource(source);
    expect(result.reports.map((r) => [r.title, r.text])).toEqual([['白鹭镇2023年政府工作报告', '白鹭镇2023年政府工作报告\n全镇经济平稳运行。']]);
    expect(result.reports[0]?.hidden.map((h) => h.text)).toEqual(['首页 > 政务公开']);
    expect(result.warnings).toEqual(['control-characters: 7 control characters removed']);
  });

  it('counts offsets in UTF-16 code units, surrogate pairs included', () => {
    const parsed = parseOne(TOWNSHIP_REPORT_GB18030_TEXT);
    const lines = TOWNSHIP_REPORT_GB18030_TEXT.trimEnd().split('\n');
    expectInvariants(parsed, lines);
    const last = parsed.blocks.at(-1);
    expect(last?.end).toBe(parsed.text.length);
    expect(parsed.text.slice(last?.start, last?.end)).toContain('𠮷祥');
    expect(outline(parsed).slice(0, 3)).toEqual(['title: 白鹭镇2023年政府工作报告', 'paragraph: 各位代表：', 'heading1: 一、2022年工作回顾']);
  });

  it('keeps the spaced title in the text and un-spaces only the title field', () => {
    const parsed = parseOne('政 府 工 作 报 告\n各位代表：');
    expect(parsed.title).toBe('政府工作报告');
    expect(parsed.text.slice(0, parsed.blocks[0]?.end)).toBe('政 府 工 作 报 告');
    expect(parsed.year).toBeNull();
    expect(parsed.place).toBeNull();
    expect(parsed.placeLevel).toBeNull();
  });

  // Changed: a doc-sharing preamble is now hidden as site debris rather than
  // kept as the first paragraph; the title comes from the body's own title line.
  it('hides a doc-sharing preamble and takes the title from the body', () => {
    const parsed = parseOne(`${DOC_SHARING_PREAMBLE}\n2024年度山镇政府工作报告\n一、2023年工作推进情况\n度山镇全年经济平稳增长。`);
    expect(parsed.title).toBe('2024年度山镇政府工作报告');
    expect(parsed.year).toBe(2024);
    expect(parsed.place).toBe('度山镇');
    expect(parsed.hidden).toEqual([{ text: DOC_SHARING_PREAMBLE, reason: 'doc-sharing', before: 0 }]);
    expect(outline(parsed).map((line) => line.split(':')[0])).toEqual(['title', 'heading1', 'paragraph']);
  });

  // Changed: the preamble is hidden rather than kept as the first paragraph;
  // the title is still read from it when the body has no title line.
  it('takes the title from a doc-sharing preamble when the body has no title line', () => {
    const first = '《2024年某镇政府工作报告.docx》由会员分享，可在线阅读，更多相关内容请在某某文库上搜索，谢谢各位读者长期以来的支持与关注。';
    const parsed = parseOne(`${first}\n一、2023年工作推进情况\n正文。`);
    expect(parsed.title).toBe('2024年某镇政府工作报告');
    expect(parsed.year).toBe(2024);
    expect(parsed.hidden).toEqual([{ text: first, reason: 'doc-sharing', before: 0 }]);
    expect(outline(parsed).map((line) => line.split(':')[0])).toEqual(['heading1', 'paragraph']);
  });

  it('gives a single-line text a title block only', () => {
    expect(parseOne('某镇2023年政府工作报告')).toMatchObject({ text: '某镇2023年政府工作报告', blocks: [{ kind: 'title', start: 0, end: 13 }] });
  });

  // Changed: blank text no longer reaches the parser: readText refuses it
  // (DecodeError 'empty'); a document with no lines gives no report.
  it('gives no report for a document without lines', () => {
    const empty: SourceDocument = { encoding: 'utf-8', lines: [], dropped: [], warnings: [] };
    expect(parseSource(empty)).toEqual({ encoding: 'utf-8', compilation: null, reports: [], hidden: [], warnings: [] });
    expect(() => readText(bytes('\n \u3000\r\n'))).toThrow(/no text/);
  });

  it('gives no report, and every line hidden, for a page of site debris only', () => {
    const result = parse('首页 > 政务公开 > 白鹭镇\n【打印】【关闭】\n扫一扫在手机打开当前页');
    expect(result.reports).toEqual([]);
    expect(result.hidden.map((h) => [h.text, h.reason])).toEqual([
      ['首页 > 政务公开 > 白鹭镇', 'navigation'],
      ['【打印】【关闭】', 'page-chrome'],
      ['扫一扫在手机打开当前页', 'share'],
    ]);
  });

  it('passes the format reader’s warnings on', () => {
    const source: SourceDocument = { ...readText(bytes(TOWNSHIP_REPORT)), warnings: ['2 images dropped'] };
    expect(parseSource(source).warnings).toEqual(['2 images dropped']);
  });

  it('keeps lines the format reader dropped as hidden lines, where they stood', () => {
    const source = readText(bytes(TOWNSHIP_REPORT));
    source.dropped = [
      { text: '青石县人民政府公报', reason: 'running-header', before: 5 },
      { text: '- 2 -', reason: 'page-number', before: source.lines.length },
    ];
    const report = parseSource(source).reports[0]!;
    expect(report.hidden).toEqual([
      { text: '青石县人民政府公报', reason: 'running-header', before: 5 },
      { text: '- 2 -', reason: 'page-number', before: report.blocks.length },
    ]);
    expect(report.text).not.toContain('公报');
  });

  it('takes a Markdown title and heading levels as the file declares them', () => {
    const report = parseSource(readMarkdown(bytes('# 安平乡2023年政府工作报告\n各位代表：\n## 过去一年的工作\n全乡经济平稳运行。\n### 产业\n新建大棚120个。'))).reports[0]!;
    expect(outline(report)).toEqual([
      'title: 安平乡2023年政府工作报告',
      'paragraph: 各位代表：',
      'heading1: 过去一年的工作',
      'paragraph: 全乡经济平稳运行。',
      'heading2: 产业',
      'paragraph: 新建大棚120个。',
    ]);
    expect(report).toMatchObject({ title: '安平乡2023年政府工作报告', place: '安平乡', placeLevel: '乡' });
  });
});

describe('parseSource on a township report from a government site', () => {
  const report = parseOne(GOVERNMENT_SITE_REPORT);

  // Changed: the first line is no longer always the title; findTitleLine
  // passes over the breadcrumb, which is now hidden as site debris.
  it('hides the breadcrumb, the page date and the share prompt, keeping the date as metadata', () => {
    expect(report.hidden.map((h) => h.text)).toEqual(GOVERNMENT_SITE_DEBRIS);
    expect(report.hidden.map((h) => h.reason)).toEqual(['navigation', 'publish-info', 'share']);
    for (const debris of GOVERNMENT_SITE_DEBRIS) expect(report.text).not.toContain(debris);
    expect(report).toMatchObject({ title: '青石县白鹭镇2023年政府工作报告', published: '2023-04-18 09:30', date: null, year: 2023 });
  });

  it('finds section headings and run-in subheadings; a colon line stays a paragraph', () => {
    expect(outline(report).filter((line) => !line.startsWith('paragraph:'))).toEqual([
      'title: 青石县白鹭镇2023年政府工作报告',
      'heading1: 一、2022年工作回顾',
      'paragraph/runIn2: (一)产业发展稳步推进。 | 全年新建高标准农田2800亩,茶叶种植面积达到1.2万亩,引进农产品加工企业3家,带动就业320余人。',
      'paragraph/runIn2: (二)民生保障持续加强。 | 新增城镇就业岗位410个,改造农村危房56户,新建村级养老服务站4个,城乡居民医保参保率达到98.5%。',
      'paragraph/runIn2: (三)安全底线守牢守实。 | 开展安全生产隐患排查整治行动12次,整改隐患86处,全年未发生较大以上安全事故。',
      'heading1: 二、2023年工作安排',
      'paragraph/runIn2: (一)聚焦项目建设,在做强镇域经济上展现新作为。 | 全年计划实施重点项目15个,完成固定资产投资3.2亿元。',
      'paragraph/runIn2: (二)聚焦乡村振兴,在建设宜居乡村上取得新成效。 | 新建村级文化活动平台5个,开通农家书屋数字阅读和下载服务。',
      'paragraph/runIn2: (三)聚焦民生实事,在增进群众福祉上实现新突破。 | 推进政务服务平台建设,群众可在线下载表格、自助打印证明。',
    ]);
    expect(outline(report)).toContain('paragraph: 重点抓好三个方面的工作:');
  });

  it('keeps speech sentences that mention 下载 and 打印', () => {
    expect(report.text).toContain('群众可在线下载表格、自助打印证明。');
  });

  it('places hidden lines before the block they stood before', () => {
    expect(report.hidden.map((h) => h.before)).toEqual([0, 1, report.blocks.length]);
  });
});

describe('parseSource on a news article', () => {
  const report = parseOne(NEWS_ARTICLE_REPORT);

  it('reads the headline as title, the region and place, and the page metadata', () => {
    expect(report).toMatchObject({
      title: '砥砺奋进谱新篇——江北云岭平川市白鹭镇2023年前三季度发展回顾',
      place: '白鹭镇',
      placeLevel: '镇',
      region: '江北云岭平川市',
      year: 2023,
      date: null,
      published: '2023/10/20 14:05:12',
      source: '云岭发展观察网',
      author: '苏晓风',
      summary: '白鹭镇坚持项目为王、实干为先,前三季度主要经济指标稳中有进,群众获得感持续增强。',
      incomplete: false,
    });
  });

  it('hides the dash, the toolbar line, the summary, the byline and the disclaimer', () => {
    expect(report.hidden.map((h) => h.reason)).toEqual(['page-chrome', 'publish-info', 'summary', 'byline', 'disclaimer']);
    expect(report.text.split('\n')).not.toContain('-');
    for (const debris of ['【打印】', '核心提示', '苏晓风', '郑重声明']) expect(report.text).not.toContain(debris);
  });

  it('finds standalone section headings and photo captions', () => {
    expect(outline(report).filter((line) => !line.startsWith('paragraph'))).toEqual([
      'title: 砥砺奋进谱新篇——江北云岭平川市白鹭镇2023年前三季度发展回顾',
      'heading1: 聚焦产业发展,镇域经济稳中有进',
      'caption: 白鹭镇茶叶加工车间',
      'heading1: 聚焦民生实事,群众福祉持续增进',
      'caption: 云溪村村民在新建的文化广场上跳舞',
      'heading1: 凝心聚力谋发展 实干担当开新局',
    ]);
  });

  it('rejoins a paragraph cut in the middle of a figure', () => {
    expect(report.text).toContain('其中化解十年以上信访积案1件。开展“平安白鹭”');
  });
});

describe('parseSource on a document-sharing site’s chunked dump', () => {
  const report = parseOne(DOC_SHARING_REPORT);

  it('hides the preamble and the chunk numbers, and reads the run-in title', () => {
    expect(report.hidden.map((h) => [h.text, h.reason])).toEqual([
      [DOC_SHARING_PREAMBLE, 'doc-sharing'],
      ['1、', 'site-chunk-number'],
      ['2、', 'site-chunk-number'],
      ['3、', 'site-chunk-number'],
      ['4、', 'site-chunk-number'],
    ]);
    expect(report).toMatchObject({ title: '2024年度山镇政府工作报告', place: '度山镇', placeLevel: '镇', year: 2024, incomplete: false });
  });

  it('rejoins words cut by chunk boundaries', () => {
    expect(report.text).toContain('切实阻断贫困代际传递');
    expect(report.text).toContain('第二个是特色产业加快发展');
    expect(report.text).not.toMatch(/(^|\n)\d、/u);
  });

  it('cuts the run-together section headings out', () => {
    expect(outline(report).filter((line) => line.startsWith('heading')).map((line) => line.slice(0, 30))).toEqual([
      'heading1: 一、2023年工作推进情况',
      'heading1: 二、存在问题及原因分析',
      'heading1: 三、2024年工作谋划',
    ]);
  });

  it('flags the character-recognition slips without changing them', () => {
    expect(report.warnings).toEqual(['ocr-slip: L6', 'ocr-slip: 100O', 'ocr-slip: Ll', 'ocr-slip: Iio']);
    for (const slip of ['L6亿元', '100O万元', 'Ll亿元', 'Iio余人']) expect(report.text).toContain(slip);
  });
});
