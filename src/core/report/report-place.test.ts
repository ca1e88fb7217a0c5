import { describe, expect, it } from 'vitest';
import { readText } from '../import/formats/text';
import { parseSource } from './parse-source';
import { meetingPlace, titlePlace } from './report-place';

const parse = (text: string) => parseSource(readText(new TextEncoder().encode(text)));
const UNKNOWN = { place: null, placeLevel: null, region: null };

describe('titlePlace', () => {
  it.each([
    ['巴州区清江镇2023年政府工作报告', '巴州区清江镇', '镇'],
    ['望京镇2022年政府工作报告', '望京镇', '镇'],
    ['青石县2023年政府工作报告', '青石县', '县'],
    ['某某省2023年政府工作报告', '某某省', '省'],
    ['某某市2023年政府工作报告', '某某市', '市'],
    ['某某自治州2023年政府工作报告', '某某自治州', '州'],
    ['某某区2023年政府工作报告', '某某区', '区'],
    ['某某乡2023年政府工作报告', '某某乡', '乡'],
    ['某某街道2023年工作报告', '某某街道', '街道'],
    ['浦阳镇人民政府2023年政府工作报告', '浦阳镇', '镇'],
    ['白鹭镇政府2023年工作报告', '白鹭镇', '镇'],
    ['奋力开创新局面——青石县白鹭镇2023年前9月发展回顾', '青石县白鹭镇', '镇'],
    ['青石县白鹭镇 2023年政府工作报告', '青石县白鹭镇', '镇'],
    ['青石县白鹭镇二〇二三年政府工作报告', '青石县白鹭镇', '镇'],
  ] as const)('%s → %s (%s)', (title, place, placeLevel) => {
    expect(titlePlace(title)).toEqual({ place, placeLevel, region: null });
  });

  it.each([
    ['砥砺奋进谱新篇——江北云岭平川市白鹭镇2023年前三季度发展回顾', '白鹭镇', '江北云岭平川市'],
    ['江北云岭平川市安平乡2023年政府工作报告', '安平乡', '江北云岭平川市'],
  ] as const)('%s → %s in the region %s', (title, place, region) => {
    expect(titlePlace(title)).toEqual({ place, placeLevel: PLACE_LEVEL[place], region });
  });

  it.each([
    ['2024年度山镇政府工作报告', '度山镇在县委的领导下，全年经济平稳增长。', '度山镇'],
    ['2024年度白鹭镇政府工作报告', '白鹭镇在县委的领导下，全年经济平稳增长。', '白鹭镇'],
    ['2024年度山镇人民政府工作报告', '建设美丽度山镇。', '度山镇'],
  ] as const)('%s after the year, confirmed by the text → %s', (title, text, place) => {
    expect(titlePlace(title, `${title}\n${text}`)).toEqual({ place, placeLevel: '镇', region: null });
  });

  it.each([
    ['2024年度某镇政府工作报告', ''],
    ['2024年度山镇政府工作报告', '全年经济平稳增长。'],
    ['2024年度山镇政府工作报告', '2024年度山镇政府工作报告'],
    ['镇2023年政府工作报告汇编', ''],
    ['政府工作报告', ''],
    ['某某村2023年工作总结', ''],
    ['青石县白鹭镇政府工作报告', ''],
  ])('%s → unknown (text %j)', (title, text) => {
    expect(titlePlace(title, text)).toEqual(UNKNOWN);
  });
});

const PLACE_LEVEL: Readonly<Record<string, string>> = { 白鹭镇: '镇', 安平乡: '乡' };

describe('meetingPlace', () => {
  it.each([
    ['石桥镇第十届人民代表大会第四次', '石桥镇', '镇', null],
    ['青石县第十八届人民代表大会第二次', '青石县', '县', null],
    ['安平乡人民代表大会', '安平乡', '乡', null],
    ['青石县白鹭镇第十八届人民代表大会第三次', '青石县白鹭镇', '镇', null],
    ['白鹭镇人民政府第十八届人民代表大会第三次', '白鹭镇', '镇', null],
    ['江北云岭平川市白鹭镇第十八届人民代表大会第三次', '白鹭镇', '镇', '江北云岭平川市'],
  ] as const)('%s → %s (%s)', (meeting, place, placeLevel, region) => {
    expect(meetingPlace(meeting)).toEqual({ place, placeLevel, region });
  });

  it.each([['全镇干部大'], ['第十八届人民代表大会第三次'], ['某村村民代表']])('%s → unknown', (meeting) => {
    expect(meetingPlace(meeting)).toEqual(UNKNOWN);
  });
});

describe('the place of a parsed report', () => {
  it('comes from the venue when the title is generic, and completes the title', () => {
    const report = parse('政府工作报告\n——2023年1月10日在青石县第十八届人民代表大会第二次会议上\n各位代表：\n过去一年，全县经济平稳运行。').reports[0]!;
    expect(report).toMatchObject({ title: '青石县政府工作报告', place: '青石县', placeLevel: '县', date: '2023-01-10', year: 2023 });
    expect(report.text.startsWith('政府工作报告\n')).toBe(true);
  });

  it('prefers the title over the venue', () => {
    const report = parse('白鹭镇2023年政府工作报告\n——2023年1月10日在青石县第十八届人民代表大会第二次会议上\n各位代表：').reports[0]!;
    expect(report).toMatchObject({ title: '白鹭镇2023年政府工作报告', place: '白鹭镇' });
  });

  it('reads a place after the year from the report’s own words', () => {
    const report = parse('2024年度山镇政府工作报告\n各位代表：\n度山镇全年经济平稳增长。').reports[0]!;
    expect(report).toMatchObject({ title: '2024年度山镇政府工作报告', place: '度山镇', placeLevel: '镇', year: 2024 });
  });

  it('stays unknown rather than guessing', () => {
    const report = parse('政府工作报告\n各位代表：\n过去一年，全县经济平稳运行。').reports[0]!;
    expect(report).toMatchObject({ title: '政府工作报告', place: null, placeLevel: null, region: null, year: null });
  });
});

describe('titlePlace with words after the year that are not a plain name', () => {
  it('treats brackets and other regular-expression characters as text', () => {
    expect(() => titlePlace('2022年(全镇*政府工作报告', '(全镇* 的报告')).not.toThrow();
  });
});
