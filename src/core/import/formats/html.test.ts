import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../decode/decode-error';
import { ENTITIES_PAGE_HTML } from '../../fixtures/html/entities-page';
import { GBK_META_PAGE_HEX, GBK_PAGE_HTML } from '../../fixtures/html/gbk-page';
import { GOVERNMENT_PAGE_HTML } from '../../fixtures/html/government-page';
import { HOSTILE_PAGE_HTML } from '../../fixtures/html/hostile-page';
import { LAYOUT_TABLE_PAGE_HTML } from '../../fixtures/html/layout-table-page';
import { NEWS_PAGE_HTML } from '../../fixtures/html/news-page';
import { OUTSIDE_TITLE_PAGE_HTML } from '../../fixtures/html/outside-title-page';
import { PLAIN_PAGE_HTML } from '../../fixtures/html/plain-page';
import { WEBFORMS_PAGE_HTML } from '../../fixtures/html/webforms-page';
import type { SourceDocument } from '../source-document';
import { readHtml } from './html';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const read = (html: string): SourceDocument => readHtml(utf8(html));
const texts = (doc: SourceDocument): string[] => doc.lines.map((line) => line.text);
const droppedTexts = (doc: SourceDocument, reason?: string): string[] =>
  doc.dropped.filter((d) => reason === undefined || d.reason === reason).map((d) => d.text);
const hex = (digits: string): Uint8Array => Uint8Array.from(digits.match(/../g)!.map((pair) => parseInt(pair, 16)));

/** GBK bytes for `text`, from a reverse table of the platform's GB18030 decoder (two-byte codes; ASCII as is). */
function gbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(Uint8Array.from([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...table.get(char)!);
  }
  return Uint8Array.from(out);
}

/** Every line and dropped line of a document, as one string. */
const everything = (doc: SourceDocument): string => [...texts(doc), ...droppedTexts(doc)].join('\n');

describe('readHtml: a saved government page', () => {
  const doc = read(GOVERNMENT_PAGE_HTML);

  it('reads the report in the content div, in order, with the <h1> as its title', () => {
    expect(doc.encoding).toBe('utf-8');
    expect(texts(doc)).toEqual([
      '白鹭镇2023年政府工作报告',
      '——2023年1月10日在白鹭镇第十八届人民代表大会第三次会议上',
      '镇长　李明',
      '各位代表：',
      '现在，我代表镇人民政府，向大会报告工作，请予审议，并请列席会议的同志提出意见。',
      '一、2022年工作回顾',
      '过去一年，全镇上下坚持稳中求进工作总基调，经济社会保持平稳发展。',
      '全年完成地区生产总值12.6亿元，同比增长5.2%；一般公共预算收入8600万元。',
      '新建村组道路18公里，改造危房42户，农村人居环境持续改善。',
      '我们坚持以人民为中心，点击查看民生实事，十件民生实事全部办结。',
      '二、2023年工作安排',
      '2023年是全面贯彻落实党的二十大精神的开局之年，全镇发展的主要预期目标是：地区生产总值增长6%左右，城乡居民收入与经济增长基本同步。',
      '各位代表，新的一年，让我们团结一心、奋发有为，为建设美丽白鹭镇而努力奋斗！',
    ]);
    expect(doc.lines[0]).toEqual({ text: '白鹭镇2023年政府工作报告', role: 'title' });
    expect(doc.lines.slice(1).every((line) => line.role === undefined)).toBe(true);
  });

  it('drops the menu and breadcrumb as navigation, before the first line', () => {
    const navigation = doc.dropped.filter((d) => d.reason === 'navigation');
    expect(navigation.map((d) => d.text)).toEqual(['首页', '政务公开', '办事服务', '互动交流', '首页 > 政务公开 > 某某镇']);
    expect(navigation.every((d) => d.before === 0)).toBe(true);
  });

  it('drops the header, sidebar, footer and the share bar inside the content as page chrome', () => {
    expect(droppedTexts(doc, 'page-chrome')).toEqual([
      '设为首页 | 加入收藏',
      '分享到：微信 微博 QQ空间',
      '相关链接',
      '白鹭镇2022年政府工作报告',
      '白鹭镇“十四五”规划纲要',
      '关于开展2023年春耕生产的通知',
      '版权所有：白鹭镇人民政府　地址：白鹭镇人民路1号　联系电话：0000-1234567',
      '备案号：某ICP备00000000号',
    ]);
    const share = doc.dropped.find((d) => d.text.startsWith('分享到'))!;
    expect(doc.lines[share.before]!.text).toMatch(/^各位代表，新的一年/);
    expect(doc.dropped.find((d) => d.text.startsWith('版权所有'))!.before).toBe(doc.lines.length);
    for (const chrome of ['首页', '相关链接', '版权所有', 'ICP', '分享到', '设为首页']) {
      expect(texts(doc).some((line) => line.includes(chrome))).toBe(false);
    }
  });

  it('lets no script, style, handler or URL reach any line or dropped line', () => {
    const all = everything(doc);
    for (const banned of ['alert', 'javascript', 'onerror', 'onload', 'script', 'postMessage', '统计脚本', '脚本写入', '样式里的字', '不支持框架', 'http', 'logo']) {
      expect(all).not.toContain(banned);
    }
  });

  it('counts the images and the frame the content lost', () => {
    expect(doc.warnings).toEqual(['2 images dropped', '1 embedded frame or media player dropped']);
  });
});

describe('readHtml: encodings', () => {
  it('reads a GBK page that declares gb2312 in a http-equiv <meta>', () => {
    const doc = readHtml(gbk(GBK_PAGE_HTML));
    expect(doc.encoding).toBe('gb18030');
    expect(texts(doc)).toEqual([
      '青石乡2023年政府工作报告',
      '各位代表：',
      '2022年，全乡完成农业总产值3.1亿元，增长4.5%，粮食播种面积稳定在二万亩以上。',
      '今年，我们将继续推进乡村振兴，抓好产业发展、基础设施建设和民生保障各项工作。',
    ]);
    expect(doc.lines[0]!.role).toBe('title');
    expect(droppedTexts(doc, 'navigation')).toEqual(['网站首页 信息公开']);
    expect(doc.warnings).toEqual([]);
  });

  it('reads a page written byte by byte in GBK', () => {
    const doc = readHtml(hex(GBK_META_PAGE_HEX));
    expect(doc).toMatchObject({ encoding: 'gb18030', lines: [{ text: '中文报告' }] });
  });

  it('lets undecodable bytes throw the DecodeError, never U+FFFD', () => {
    const bytes = Uint8Array.from([...gbk('<meta charset="gbk"><p>中文'), 0xff, ...gbk('</p>')]);
    expect(() => readHtml(bytes)).toThrow(DecodeError);
    expect(() => readHtml(new Uint8Array())).toThrow(DecodeError);
  });
});

describe('readHtml: finding the content', () => {
  it('finds the text-heavy div over a link-heavy one with no markup clues', () => {
    const doc = read(PLAIN_PAGE_HTML);
    expect(texts(doc)).toEqual([
      '红岭街道2023年政府工作报告',
      '各位代表：',
      '过去一年，街道围绕中心、服务大局，完成了全年目标任务，辖区经济保持稳定增长。',
      '新的一年，我们将聚焦城市更新、社区治理和民生服务，推动各项工作再上新台阶。',
    ]);
    expect(droppedTexts(doc, 'outside-content')).toEqual([
      '首页 机构概况 政策文件 通知公告',
      '关于做好2023年防汛工作的通知',
      '关于公布2023年第一批行政许可事项的公告',
      '关于调整部分公交线路的通知',
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads a table-laid page: the article cell, its title row, and a data table as tab-separated rows', () => {
    const doc = read(LAYOUT_TABLE_PAGE_HTML);
    expect(doc.lines).toEqual([
      { text: '柳溪镇2023年政府工作报告', role: 'title' },
      { text: '发布日期：2023-02-01　浏览次数：128' },
      { text: '一年来，全镇经济运行稳中有进，主要指标完成情况如下表。' },
      { text: '指标\t2022年\t增长' },
      { text: '地区生产总值\t15.2亿元\t5.5%' },
      { text: '固定资产投资\t4.8亿元\t7.0%' },
      { text: '今年，全镇将围绕产业兴旺、生态宜居两项重点，扎实推进各项工作，确保完成全年目标任务。' },
    ]);
    expect(droppedTexts(doc)).toContain('政府信息公开指南');
    expect(droppedTexts(doc).at(-1)).toBe('主办单位：柳溪镇人民政府　技术支持：某某网络公司');
  });

  it('takes in the title and date above a <br>-run text container, and marks the title', () => {
    const doc = read(OUTSIDE_TITLE_PAGE_HTML);
    expect(doc.lines).toEqual([
      { text: '松林镇2023年政府工作报告', role: 'title' },
      { text: '发布时间：2023-01-20　来源：松林镇人民政府' },
      { text: '各位代表：' },
      { text: '现在，我代表镇人民政府向大会报告工作，请予审议。' },
      { text: '一、2022年工作回顾' },
      { text: '一年来，全镇地区生产总值增长5.0%，城乡居民人均可支配收入增长6.2%，各项工作取得新进展。' },
      { text: '二、2023年主要任务' },
      { text: '今年，我们将着力扩大有效投资，着力改善民生福祉，着力提升治理效能，奋力完成全年各项目标。' },
      { text: '【打印本页】 【关闭窗口】' },
    ]);
    expect(doc.dropped).toEqual([
      { text: '当前位置：首页 > 工作报告', reason: 'navigation', before: 0 },
      { text: '松林镇人民政府 版权所有', reason: 'page-chrome', before: 9 },
    ]);
  });

  it('searches inside a <form> wrapped round the whole page, and takes the title-named span as the title', () => {
    const doc = read(WEBFORMS_PAGE_HTML);
    expect(doc.lines).toEqual([
      { text: '东湖乡2023年政府工作报告', role: 'title' },
      { text: '发布时间：2023-2-3 点击数：321' },
      { text: '各位代表：' },
      { text: '现在，我代表乡人民政府向大会报告工作，请予审议。' },
      { text: '一年来，全乡农业生产稳定，农民收入持续增长，乡村面貌明显改善。' },
      { text: '今年，我们将着力抓好产业发展，着力改善民生，着力加强自身建设。' },
    ]);
    expect(droppedTexts(doc, 'outside-content')).toEqual(['政务动态', '通知公告', '政策文件', '版权所有 东湖乡人民政府']);
  });

  it('takes in the article column\'s title and date but stops at a list of related links beside the text', () => {
    const doc = read(NEWS_PAGE_HTML);
    expect(texts(doc)).toEqual([
      '南岭县2023年政府工作报告',
      '2023年01月20日08:12 | 来源：南岭日报',
      '各位代表：',
      '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
      '过去一年，面对复杂严峻的形势，全县上下攻坚克难，经济运行总体平稳，发展质量稳步提升。',
      '(责编：李某、张某)',
    ]);
    expect(droppedTexts(doc, 'navigation')).toEqual(['相关新闻', '南岭县召开第十八届人民代表大会第三次会议', '南岭县经济运行稳中向好']);
    expect(droppedTexts(doc)).toEqual(expect.arrayContaining(['分享到：', '热点推荐', '新闻三']));
  });
});

describe('readHtml: titles and headings', () => {
  it('ranks the content\'s heading tags below an <h1> title: <h2> is level 1, <h3> level 2', () => {
    const doc = read(`<div class="content"><h1>题目</h1><p>序言，共同的话。</p><h2>一、回顾</h2><h3>（一）经济</h3><p>增长了，很多。</p><h2>二、安排</h2></div>`);
    expect(doc.lines).toEqual([
      { text: '题目', role: 'title' },
      { text: '序言，共同的话。' },
      { text: '一、回顾', role: 'heading', level: 1 },
      { text: '（一）经济', role: 'heading', level: 2 },
      { text: '增长了，很多。' },
      { text: '二、安排', role: 'heading', level: 1 },
    ]);
  });

  it('ranks headings by the tags in use when the page has no <h1>: <h3> is level 1, <h5> level 2', () => {
    const doc = read('<article><h3>一、回顾</h3><p>过去一年，全镇各项工作稳步推进。</p><h5>（一）农业</h5><p>粮食增产，农民增收。</p></article>');
    expect(doc.lines.filter((l) => l.role !== undefined)).toEqual([
      { text: '一、回顾', role: 'heading', level: 1 },
      { text: '（一）农业', role: 'heading', level: 2 },
    ]);
  });

  it('takes the title from <title>, less the site suffix, when no element shows it', () => {
    const doc = read('<title>石桥镇2023年政府工作报告 - 石桥镇人民政府</title><div class="content"><p>各位代表：</p><p>过去一年，全镇经济平稳增长，民生持续改善，社会和谐稳定。</p></div>');
    expect(doc.lines[0]).toEqual({ text: '石桥镇2023年政府工作报告', role: 'title' });
    expect(texts(doc).slice(1)).toEqual(['各位代表：', '过去一年，全镇经济平稳增长，民生持续改善，社会和谐稳定。']);
  });

  it('brings in the page\'s <h1> as the title when the content lacks one, dropping the links between', () => {
    const links = '<ul><li><a href="/1">首页</a></li><li><a href="/2">政务公开</a></li><li><a href="/3">通知公告</a></li></ul>';
    const doc = read(`<title>首页</title><div><h1>云山镇2023年政府工作报告</h1>${links}<div class="text"><p>各位代表：</p><p>过去一年，全镇经济平稳增长，民生持续改善，社会和谐稳定。</p></div></div>`);
    expect(doc.lines).toEqual([
      { text: '云山镇2023年政府工作报告', role: 'title' },
      { text: '各位代表：' },
      { text: '过去一年，全镇经济平稳增长，民生持续改善，社会和谐稳定。' },
    ]);
    expect(doc.dropped).toEqual(['首页', '政务公开', '通知公告'].map((text) => ({ text, reason: 'outside-content', before: 1 })));
  });

  it('joins a title broken by <br> without a space between Chinese characters', () => {
    const doc = read('<div class="content"><h1>石桥镇<br>2023年政府工作报告</h1><h1>石桥镇<br>政府</h1><p>过去一年，全镇经济平稳增长。</p></div>');
    expect(texts(doc).slice(0, 2)).toEqual(['石桥镇 2023年政府工作报告', '石桥镇政府']);
  });
});

describe('readHtml: text', () => {
  it('decodes entities, trims indents, keeps inner U+3000 and no-break spaces, and rejoins wrapped Chinese', () => {
    expect(texts(read(ENTITIES_PAGE_HTML))).toEqual([
      '坚持“两个毫不动摇”，发展中文教育&培训，A<B。',
      '主要指标：生产总值\u3000增长6%，财政收入\u00a0增长3%。',
      '全镇完成固定资产投资 2.4亿元，比上年增长8.1%，in English words stay apart。',
    ]);
  });

  it('ends an unclosed <svg> at the next paragraph, as browsers do, and lets no script text through', () => {
    const doc = read(HOSTILE_PAGE_HTML);
    expect(texts(doc)).toEqual([
      '黑水镇2023年政府工作报告',
      '过去一年，全镇完成地区生产总值9.8亿元，增长4.6%，各项事业稳步发展。',
      '今年全镇将抓好项目建设、乡村振兴和民生保障，详见附件，确保各项目标如期完成。',
      '附件下载',
      '各位代表，让我们携手并进，共同开创黑水镇高质量发展新局面！',
    ]);
    for (const banned of ['alert', 'javascript', 'data:', 'evil', 'JavaScript', 'template', 'onclick']) {
      expect(everything(doc)).not.toContain(banned);
    }
  });
});

describe('readHtml: deep and hostile input', () => {
  const deep = (depth: number): string =>
    `<html><body>${'<div>'.repeat(depth)}<p>各位代表：现在，我代表镇人民政府向大会报告工作。</p>${'</div>'.repeat(depth)}<p>尾</p></body></html>`;

  // Generous time limits: these read pages of 5,000–30,000 levels on whatever machine runs the tests.
  it('reads 5,000 nested divs without overflowing the stack', { timeout: 30_000 }, () => {
    const doc = read(deep(5_000));
    expect(texts(doc)).toEqual(['各位代表：现在，我代表镇人民政府向大会报告工作。']);
    expect(doc.dropped).toEqual([{ text: '尾', reason: 'outside-content', before: 1 }]);
    expect(doc.warnings).toEqual([]);
  });

  it('flattens nesting past 10,000 levels, keeping the text, so parsing stays fast', { timeout: 30_000 }, () => {
    const doc = read(deep(30_000));
    expect(texts(doc)).toEqual(['各位代表：现在，我代表镇人民政府向大会报告工作。']);
    expect(doc.warnings).toEqual(['20000 elements nested more than 10000 deep were flattened; their text is kept.']);
  });

  /** A random page: nested elements with chrome and content names, Chinese text, scripts and handlers. */
  const page = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.stringMatching(/^[白鹭镇报告，。：、 \n\u3000a-z0-9]{0,12}$/),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<style>p{}</style>', '<br>'),
      fc.tuple(
        fc.constantFrom('div', 'p', 'span', 'section', 'li', 'ul', 'td', 'tr', 'table', 'strong', 'h1', 'h2', 'nav', 'footer', 'form'),
        fc.constantFrom('', ' class="content"', ' class="nav"', ' id="footer"', ' class="share"', ' onclick="alert(2)"', ' href="javascript:alert(3)"'),
        fc.array(tie('node'), { maxLength: 4 }),
      ).map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
    ),
  })).node;

  it('never throws, and never lets script or handler text out, for random pages', () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 6 }), (parts) => {
        const doc = read(`<html><body>${parts.join('')}</body></html>`);
        expect(everything(doc)).not.toMatch(/alert|javascript|onerror|onclick/);
      }),
    );
  });

  it('destroys no visible text: every character is in a line or a dropped line', () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 6 }), (parts) => {
        const html = `<html><body>${parts.join('')}</body></html>`;
        const visible = html
          .replace(/<script>.*?<\/script>|<style>.*?<\/style>/g, '')
          .replace(/<[^>]*>/g, '')
          .replace(/\s/g, '');
        const doc = read(html);
        const kept = everything(doc).replace(/\s/g, '');
        expect([...kept].sort().join('')).toBe([...visible].sort().join(''));
      }),
    );
  });
});
