import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../core/themes/theme';
import { themeChoices } from './theme-choices';

const theme = (id: string, name: string, parentId: string | null, order: number): Theme => ({ id, name, color: '#d0f19c', description: '', keywords: [], parentId, order });

// In codebook order: 乡村振兴 › 粮食安全 › 耕地保护, 产业发展 › 粮食安全.
const THEMES = [
  theme('rural', '乡村振兴', null, 0),
  theme('grain', '粮食安全', 'rural', 0),
  theme('land', '耕地保护', 'grain', 0),
  theme('industry', '产业发展', null, 1),
  theme('industry-grain', '粮食安全', 'industry', 0),
];

describe('themeChoices', () => {
  it('names every theme by its path, in codebook order', () => {
    expect(themeChoices(THEMES).map((choice) => choice.label)).toEqual(['乡村振兴', '乡村振兴 › 粮食安全', '乡村振兴 › 粮食安全 › 耕地保护', '产业发展', '产业发展 › 粮食安全']);
  });

  it('leaves out the theme and everything nested under it', () => {
    expect(themeChoices(THEMES, 'grain').map((choice) => choice.id)).toEqual(['rural', 'industry', 'industry-grain']);
    expect(themeChoices(THEMES, 'industry-grain').map((choice) => choice.id)).toEqual(['rural', 'grain', 'land', 'industry']);
  });
});
