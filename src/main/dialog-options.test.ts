import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolderDialogOptions, openReportsDialogOptions, saveDialogOptions } from './dialog-options';

describe('openReportsDialogOptions', () => {
  it('picks several files, report text first, all files as fallback', () => {
    const options = openReportsDialogOptions();
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.map((f) => f.extensions)).toEqual([['txt', 'md'], ['*']]);
  });
});

describe('openFolderDialogOptions', () => {
  it('picks one folder', () => {
    expect(openFolderDialogOptions().properties).toEqual(['openDirectory']);
  });
});

describe('saveDialogOptions', () => {
  it('suggests the cleaned name in the default folder, filtered by extension', () => {
    const options = saveDialogOptions({ suggestedName: '2024 政府工作报告.md', bytes: new Uint8Array(), extensions: ['md'] }, '/home/u/Documents');
    expect(options.defaultPath).toBe(join('/home/u/Documents', '2024 政府工作报告.md'));
    expect(options.filters).toEqual([{ name: '*.md', extensions: ['md'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('uses the bare name without a default folder and omits an empty filter', () => {
    const options = saveDialogOptions({ suggestedName: 'a.json', bytes: new Uint8Array(), extensions: [] });
    expect(options.defaultPath).toBe('a.json');
    expect(options.filters).toBeUndefined();
  });

  it('never lets the suggested name choose a folder', () => {
    const options = saveDialogOptions({ suggestedName: '../../../etc/cron.d/x', bytes: new Uint8Array(), extensions: [] }, '/docs');
    expect(options.defaultPath).toBe(join('/docs', 'x'));
  });
});
