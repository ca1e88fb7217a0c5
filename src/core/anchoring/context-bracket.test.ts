import { describe, expect, it } from 'vitest';
import { contextBracket } from './context-bracket';

const TEXT = '全年地区生产总值增长5.2%，增进民生福祉，新增城镇就业1.2万人。';
const WHOLE = { start: 0, end: TEXT.length };
const AT = TEXT.indexOf('增进民生');

describe('contextBracket', () => {
  it.each([
    ['a rewritten passage between its intact context', { exact: '改善民生', prefix: '总值增长5.2%，', suffix: '福祉，新增城镇就业' }, { start: AT, end: AT + 4, errors: 2 }],
    ['a passage grown by two units', { exact: '增民生', prefix: '总值增长5.2%，', suffix: '福祉，新增城镇就业' }, { start: AT, end: AT + 4, errors: 1 }],
    ['a passage now empty', { exact: '民生', prefix: '总值增长5.2%，增进民生', suffix: '福祉，新增城镇就业' }, { start: AT + 4, end: AT + 4, errors: 2 }],
    ['a context too short to tell', { exact: '改善民生', prefix: '，', suffix: '福祉，新增城镇就业' }, null],
    ['a context not found', { exact: '改善民生', prefix: '守住安全生产底线，', suffix: '福祉，新增城镇就业' }, null],
    ['a gap much longer than the quote', { exact: '改善民生', prefix: '地区生产总值增长', suffix: '新增城镇就业1.2' }, null],
  ] as const)('%s', (_, quote, expected) => {
    expect(contextBracket(TEXT, quote, WHOLE, 0)).toEqual(expected);
  });
});
