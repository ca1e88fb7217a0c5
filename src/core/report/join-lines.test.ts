import { describe, expect, it } from 'vitest';
import { joinLines, wrapWidth } from './join-lines';
import { hidden, kept, type WorkingLine } from './working-line';
import { WRAP_WIDTH, WRAPPED_PARAGRAPHS, WRAPPED_REPORT } from '../fixtures/wrapped-report';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';

/** Lines as kept working lines. */
const keptLines = (lines: readonly string[]): WorkingLine[] => lines.map((text) => kept(text));
/** Working lines as `text` for kept and `[reason: text]` for hidden ones. */
const texts = (lines: readonly WorkingLine[]): string[] => lines.map((l) => (l.kind === 'kept' ? l.text : `[${l.reason}: ${l.text}]`));

/** A line of prose cut mid-sentence, at least 40 characters long. */
const CUT = '过去一年，全镇实现地区生产总值12.6亿元，同比增长6.8%；农村居民人均可支配收入达到';
const REST = '19420元，同比增长7.1%。';

describe('wrapWidth', () => {
  it('finds the width of a hard-wrapped file', () => {
    expect(wrapWidth(WRAPPED_REPORT.split('\n'))).toBe(WRAP_WIDTH);
  });

  it.each([
    ['a file of one paragraph per line', WRAPPED_PARAGRAPHS],
    ['a report of long paragraphs of many lengths', TOWNSHIP_REPORT.split('\n')],
    ['too few lines to tell', WRAPPED_REPORT.split('\n').slice(0, 6)],
    [
      'many headings of a similar length and longer paragraphs',
      [
        '一、聚焦产业发展，推动镇域经济稳中有进提质增效',
        '全镇完成地区生产总值7.2亿元，同比增长6.5%；新签约招商项目6个，协议引资4.8亿元，茶叶加工园二期建成投产。',
        '二、聚焦民生实事，推动群众福祉持续增进普惠共享',
        '新建村级养老服务站2个、农家书屋3个，完成农村户厕改造380户，新增城镇就业岗位410个。',
        '三、聚焦基层治理，推动社会大局和谐稳定平安有序',
        '镇村两级共排查化解各类矛盾纠纷146件，调解成功率达到98%以上，全年未发生较大以上安全事故。',
        '四、聚焦自身建设，推动政府效能全面提升务实高效',
        '严格落实中央八项规定及其实施细则精神，“三公”经费同比下降5%，行政效能持续提升。',
      ],
    ],
  ])('gives no width for %s', (_name, lines) => {
    expect(wrapWidth(lines)).toBeNull();
  });
});

describe('joinLines', () => {
  it('rejoins a report hard-wrapped at a fixed width into its paragraphs', () => {
    expect(texts(joinLines(keptLines(WRAPPED_REPORT.split('\n'))))).toEqual(WRAPPED_PARAGRAPHS);
  });

  it('rejoins a figure cut by a wrap: `17` + `772元` is `17772元`', () => {
    const joined = texts(joinLines(keptLines(WRAPPED_REPORT.split('\n'))));
    expect(WRAPPED_REPORT).toContain('收入17\n772元');
    expect(joined.join('\n')).toContain('收入17772元');
  });

  it('leaves a file of one paragraph per line as it is', () => {
    expect(texts(joinLines(keptLines(WRAPPED_PARAGRAPHS)))).toEqual(WRAPPED_PARAGRAPHS);
    expect(texts(joinLines(keptLines(TOWNSHIP_REPORT.split('\n'))))).toEqual(TOWNSHIP_REPORT.split('\n'));
  });

  it.each([
    ['a long line cut mid-sentence', [CUT, REST], [CUT + REST]],
    ['a figure cut in two', [`${CUT}17`, '772元，同比增长7.1%。'], [`${CUT}17772元，同比增长7.1%。`]],
    ['Latin words, with a space', [`${CUT}引进Smart`, 'Farm智慧农业项目。'], [`${CUT}引进Smart Farm智慧农业项目。`]],
    ['Latin and Chinese, without a space', [`${CUT}GDP`, '同比增长6.8%。'], [`${CUT}GDP同比增长6.8%。`]],
    ['three pieces of one paragraph', [CUT, `${CUT}和`, REST], [`${CUT}${CUT}和${REST}`]],
  ])('joins %s', (_name, lines, expected) => {
    expect(texts(joinLines(keptLines(lines)))).toEqual(expected);
  });

  it.each([
    ['a line closing a sentence', [`${CUT}19420元。`, REST]],
    ['a line closing with a colon', [`${CUT}以下几项：`, REST]],
    ['a line closing with a bracket', [`${CUT}（见附表）`, REST]],
    ['a short line (a heading, a caption)', ['白鹭镇茶叶加工车间', REST]],
    ['a line before a numbered heading', [CUT, '二、2023年工作安排']],
    ['a line before a run-in heading', [CUT, '（一）产业发展稳步推进。全年新建高标准农田2800亩。']],
    ['a line before speech to the deputies', [CUT, '各位代表，新的一年任务艰巨。']],
    ['a line before a dash', [CUT, '——2023年1月10日在白鹭镇第十八届人民代表大会第三次会议上']],
  ])('does not join %s', (_name, lines) => {
    expect(texts(joinLines(keptLines(lines)))).toEqual(lines);
  });

  it('never joins a heading line, even when long and open-ended', () => {
    const heading = '一、聚焦产业发展，推动镇域经济稳中有进，全力打造全县茶叶产业发展示范镇';
    expect(texts(joinLines(keptLines([heading, REST])))).toEqual([heading, REST]);
    const lines = [kept(CUT, { role: 'heading', level: 1 }), kept(REST)];
    expect(texts(joinLines(lines))).toEqual([CUT, REST]);
    expect(texts(joinLines([kept(CUT), kept(REST, { role: 'title' })]))).toEqual([CUT, REST]);
  });

  it('never joins a report title to the paragraph above it', () => {
    const lines = [CUT, '白鹭镇2023年政府工作报告', REST];
    expect(texts(joinLines(keptLines(lines)))).toEqual(lines);
  });

  it('joins what the format marks as continuing, whatever its length or ending', () => {
    const lines = [kept('全镇完成投资3.2亿元。', { continues: true }), kept('新建项目15个。')];
    expect(texts(joinLines(lines))).toEqual(['全镇完成投资3.2亿元。新建项目15个。']);
  });

  it('moves a hidden line met between two pieces before the joined line', () => {
    const lines = [kept('上一段。'), kept(CUT), hidden('- 2 -', 'page-number'), hidden('青石县人民政府公报', 'running-header'), kept(REST)];
    expect(texts(joinLines(lines))).toEqual(['上一段。', '[page-number: - 2 -]', '[running-header: 青石县人民政府公报]', CUT + REST]);
  });

  it('keeps a hidden line after a paragraph that is not continued where it stood', () => {
    const lines = [kept(`${CUT}。`), hidden('- 2 -', 'page-number'), kept(REST)];
    expect(texts(joinLines(lines))).toEqual([`${CUT}。`, '[page-number: - 2 -]', REST]);
  });

  it('keeps the pieces removed from each joined line, and the last piece’s continuation', () => {
    const first = kept(CUT, { removed: [{ text: '1、', reason: 'site-chunk-number' }], continues: true });
    const second = kept('体现', { removed: [{ text: '2、', reason: 'site-chunk-number' }], continues: true });
    const [joined] = joinLines([first, second]);
    expect(joined).toEqual({
      kind: 'kept',
      text: `${CUT}体现`,
      continues: true,
      removed: [
        { text: '1、', reason: 'site-chunk-number' },
        { text: '2、', reason: 'site-chunk-number' },
      ],
    });
  });
});
