import { describe, expect, it } from 'vitest';
import { echoesItself } from './echoes-itself';

describe('echoesItself', () => {
  it.each([
    ['推进乡村振兴', '全面推进乡村振兴，', '，发展壮大村级集体经济', true],
    ['推进乡村振兴', '全年地区生产总值增长5.2%，', '，推进乡村振兴。', true],
    ['，推进法', '实施重点项目581个，推进健康', '治政府建设。', true],
    ['推进乡村振兴', '全年地区生产总值增长5.2%，', '，新增城镇就业1.2万人。', false],
    ['5%', '增长5%，', '，比上年', true],
    ['5%', '增长6%，', '，比上年', false],
    ['', '推进', '振兴', false],
    ['建'.repeat(40), '建'.repeat(32), '建'.repeat(32), false],
  ])('%s in %s…%s → %s', (exact, prefix, suffix, expected) => {
    expect(echoesItself({ exact, prefix, suffix })).toBe(expected);
  });
});
