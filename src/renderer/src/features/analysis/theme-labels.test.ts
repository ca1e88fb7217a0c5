import { describe, expect, it } from 'vitest';
import type { Theme } from '../../../../core/themes/theme';
import { themeLabels } from './theme-labels';

describe('themeLabels', () => {
  const themes: Theme[] = [
    { id: 'rural', name: '乡村振兴', color: '#888888', description: '', keywords: [], parentId: null, order: 0 },
    { id: 'grain', name: '粮食安全', color: '#888888', description: '', keywords: [], parentId: 'rural', order: 0 },
  ];
  it('names nested themes with their parent', () => {
    expect(themeLabels(themes, ['rural', 'grain', 'gone'])).toEqual(['乡村振兴', '乡村振兴 › 粮食安全', 'gone']);
  });
});
