import { describe, expect, it } from 'vitest';
import { lineRoles, type LineRole } from './line-role';
import { kept } from './working-line';

/** A paragraph to stand around the lines under test. */
const PARAGRAPH = '全年新建高标准农田2800亩，改造农村公路32公里，群众生产生活条件持续改善。';

/** The role of `line` standing between two paragraphs. */
function roleBetween(line: string): LineRole {
  return lineRoles([PARAGRAPH, line, PARAGRAPH].map((text) => kept(text)))[1]!;
}

/** Roles of lines as short strings: `heading:cn`, `runIn:cn-paren:12`, `caption`, `paragraph`. */
function roles(lines: readonly string[]): string[] {
  return lineRoles(lines.map((text) => kept(text))).map((role) => {
    if (role.kind !== 'heading') return role.kind;
    return role.runInEnd === undefined ? `heading:${role.style}` : `runIn:${role.style}:${role.runInEnd}`;
  });
}

describe('lineRoles: numbered headings', () => {
  it.each([
    ['一、2022年工作回顾', 'cn'],
    ['十二、加强政府自身建设', 'cn'],
    ['一、 凝心聚力调结构，推动经济高质量发展', 'cn'],
    ['（一）产业发展提质增效', 'cn-paren'],
    ['(一)聚焦项目招商,在做大镇域经济上展现新作为', 'cn-paren'],
    ['1.加强基层党组织建设', 'arabic'],
    ['1、加强基层党组织建设', 'arabic'],
    ['（1）完善利益联结机制', 'arabic-paren'],
    ['第一部分 2022年工作回顾', 'part'],
    ['第一部分', 'part'],
    ['①推进重点项目建设', 'circled'],
  ] as const)('%s is a heading in the %s style', (line, style) => {
    expect(roleBetween(line)).toEqual({ kind: 'heading', style });
  });

  it.each([
    ['（一）打造高能级要素支撑体系。', 'cn-paren'],
    ['一、全面加强政府自身建设。', 'cn'],
    ['第二部分 主要任务。', 'part'],
  ] as const)('a short numbered sentence in a section style, %s, is a heading', (line, style) => {
    expect(roleBetween(line)).toEqual({ kind: 'heading', style });
  });

  // Changed from headingLevel, which took `一、主要工作：` as a heading: a
  // numbered line ending in a colon now introduces what follows, like prose.
  it.each([
    ['一、主要工作：'],
    ['一、稳预期，'],
    ['二、提信心；'],
    ['1.完善利益联结机制。'],
    ['（1）完善利益联结机制。'],
    ['一、' + '全面推进乡村振兴'.repeat(6)],
    ['（二）' + '全面推进乡村振兴'.repeat(6) + '，带动群众增收致富'],
  ])('%s is a paragraph', (line) => {
    expect(roleBetween(line)).toEqual({ kind: 'paragraph' });
  });

  it('takes a 45-character numbered line as a heading, 46 as a paragraph', () => {
    const line = '一、' + '好'.repeat(43);
    expect(roleBetween(line)).toEqual({ kind: 'heading', style: 'cn' });
    expect(roleBetween(line + '好')).toEqual({ kind: 'paragraph' });
  });
});

describe('lineRoles: run-in headings', () => {
  it.each([
    ['（一）乡村振兴全面推进。一年来，我镇始终聚焦政策落实，全年发放各类补贴资金860万元。', '（一）乡村振兴全面推进。'],
    ['(一)聚焦项目招商,在做大镇域经济上展现新作为。全年引进项目7个,协议投资4.8亿元。', '(一)聚焦项目招商,在做大镇域经济上展现新作为。'],
    ['一、强化产业支撑！全年新建茶园1200亩，带动茶农增收。', '一、强化产业支撑！'],
    ['1.加强党建引领。全年新建党群服务中心3个，培训党员600人次。', '1.加强党建引领。'],
  ])('%s opens with the run-in heading %s', (line, heading) => {
    const role = roleBetween(line);
    expect(role).toMatchObject({ kind: 'heading', runInEnd: heading.length });
  });

  it('does not take a first sentence longer than 45 characters as a run-in heading', () => {
    const line = `（一）${'全面推进乡村振兴'.repeat(6)}。全年新建茶园1200亩。`;
    expect(roleBetween(line)).toEqual({ kind: 'paragraph' });
  });

  it('does not take a long numbered line without a sentence end as a heading', () => {
    expect(roleBetween(`（一）${'全面推进乡村振兴，'.repeat(6)}带动群众增收`)).toEqual({ kind: 'paragraph' });
  });
});

describe('lineRoles: unnumbered headings', () => {
  it.each([
    ['two clauses, comma', '聚焦产业发展,镇域经济稳中有进'],
    ['two clauses, 、', '一年来，我们全力抓转型、调结构，产业发展布局更加优化'],
    ['two runs of Chinese with a space', '凝心聚力谋发展 实干担当开新局'],
    ['a section word at the end', '2022年工作回顾'],
    ['a section word at the end', '2023年目标任务'],
    ['a section word at the end', '全面加强政府自身建设'],
  ])('with %s: %s', (_why, line) => {
    expect(roleBetween(line)).toEqual({ kind: 'heading', style: 'plain' });
  });

  it('with the same opening as two other headings', () => {
    expect(
      roles(['聚焦产业发展,镇域经济稳中有进', PARAGRAPH, '聚焦民生实事,群众福祉持续增进', PARAGRAPH, '聚焦基层治理平安建设', PARAGRAPH]),
    ).toEqual(['heading:plain', 'paragraph', 'heading:plain', 'paragraph', 'heading:plain', 'paragraph']);
  });

  it('not with an opening shared by a single other heading', () => {
    expect(roles([PARAGRAPH, '聚焦产业发展,镇域经济稳中有进', PARAGRAPH, '聚焦基层治理平安建设', PARAGRAPH])).toEqual([
      'paragraph',
      'heading:plain',
      'paragraph',
      'caption',
      'paragraph',
    ]);
  });

  it.each([
    ['重点抓好五个方面的工作:'],
    ['全力保障粮食安全。'],
    ['一是抓实惠民资金到户。'],
    ['主要做了以下工作：'],
    ['乡党委提出，全力打造“茶旅融合示范乡。”'],
    ['全镇上下团结一心！（掌声）'],
    ['聚焦产业发展，镇域经济稳中有进，' + '各项工作取得新进展'.repeat(2)],
  ])('%s is a paragraph', (line) => {
    expect(roleBetween(line)).toEqual({ kind: 'paragraph' });
  });
});

describe('lineRoles: captions', () => {
  it.each([['白鹭镇茶叶加工车间'], ['云溪村村民在新建的文化广场上跳舞'], ['“白鹭”牌绿茶'], ['《白鹭镇志》首发仪式']])('%s between paragraphs is a caption', (line) => {
    expect(roleBetween(line)).toEqual({ kind: 'caption' });
  });

  it('is not a caption at the start or the end of the body', () => {
    expect(roles(['白鹭镇茶叶加工车间', PARAGRAPH, '云溪村文化广场'])).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('is not a caption when it holds punctuation', () => {
    expect(roleBetween('白鹭镇茶叶加工车间（摄影：苏晓风）')).toEqual({ kind: 'paragraph' });
  });
});

describe('lineRoles: speech and notes', () => {
  it.each([['各位代表：'], ['各位代表'], ['各位代表，新的一年任务艰巨、使命光荣'], ['同志们'], ['现在，我代表镇人民政府']])('%s is never a heading', (line) => {
    expect(roleBetween(line)).toEqual({ kind: 'paragraph' });
  });

  it('reads numbered items after 名词解释 as notes, not headings', () => {
    expect(
      roles([
        '一、2022年工作回顾',
        PARAGRAPH,
        '名词解释',
        '1.四好农村路：指建好、管好、护好、运营好农村公路',
        '2.两不愁三保障：指不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障',
      ]),
    ).toEqual(['heading:cn', 'paragraph', 'heading:plain', 'paragraph', 'paragraph']);
  });

  it('keeps a heading the format declared, with its level', () => {
    expect(lineRoles([kept('过去一年的工作', { role: 'heading', level: 2 })])).toEqual([{ kind: 'heading', style: 'plain', level: 2 }]);
  });
});
