import { REPORT_FORMATS } from '../core/import/report-format';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DIALOG_STRINGS,
  EN_DIALOG_STRINGS,
  openBackupDialogOptions,
  openFolderDialogOptions,
  openReportsDialogOptions,
  saveDialogOptions,
  ZH_CN_DIALOG_STRINGS,
} from './dialog-options';

const zh = ZH_CN_DIALOG_STRINGS;
const en = EN_DIALOG_STRINGS;

describe('openReportsDialogOptions', () => {
  it('picks several files, report text first, then REFI-QDA projects and library backups, all files as fallback', () => {
    const options = openReportsDialogOptions(zh);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.map((f) => f.extensions)).toEqual([[...REPORT_FORMATS], ['qdpx', 'qdc'], ['rlbackup'], ['*']]);
  });

  it('speaks Chinese or English', () => {
    const chinese = openReportsDialogOptions(zh);
    expect([chinese.title, chinese.buttonLabel, ...(chinese.filters ?? []).map((f) => f.name)]).toEqual([
      '导入报告',
      '导入',
      '报告文件 (*.txt, *.md, *.docx, *.html, *.htm, *.pdf)',
      'REFI-QDA 项目与主题 (*.qdpx, *.qdc)',
      '资料库备份 (*.rlbackup)',
      '所有文件',
    ]);
    const english = openReportsDialogOptions(en);
    expect([english.title, english.buttonLabel, ...(english.filters ?? []).map((f) => f.name)]).toEqual([
      'Import Reports',
      'Import',
      'Report Files (*.txt, *.md, *.docx, *.html, *.htm, *.pdf)',
      'REFI-QDA Projects and Codebooks (*.qdpx, *.qdc)',
      'Library Backups (*.rlbackup)',
      'All Files',
    ]);
  });
});

describe('openBackupDialogOptions', () => {
  it('picks one file, offering library backups only', () => {
    const options = openBackupDialogOptions(zh);
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters?.map((f) => f.extensions)).toEqual([['rlbackup']]);
  });

  it('speaks Chinese or English', () => {
    expect(openBackupDialogOptions(zh)).toMatchObject({ title: '选择资料库备份', buttonLabel: '选择', filters: [{ name: '资料库备份 (*.rlbackup)' }] });
    expect(openBackupDialogOptions(en)).toMatchObject({
      title: 'Choose a Library Backup',
      buttonLabel: 'Choose',
      filters: [{ name: 'Library Backups (*.rlbackup)' }],
    });
  });
});

describe('openFolderDialogOptions', () => {
  it('picks one folder', () => {
    expect(openFolderDialogOptions(zh).properties).toEqual(['openDirectory']);
  });

  it('speaks Chinese or English', () => {
    expect(openFolderDialogOptions(zh)).toMatchObject({ title: '导入文件夹', buttonLabel: '导入' });
    expect(openFolderDialogOptions(en)).toMatchObject({ title: 'Import Folder', buttonLabel: 'Import' });
  });
});

describe('saveDialogOptions', () => {
  it('suggests the cleaned name in the default folder, filtered by extension', () => {
    const options = saveDialogOptions({ suggestedName: '2024 政府工作报告.md', bytes: new Uint8Array(), extensions: ['md'] }, zh, '/home/u/Documents');
    expect(options.defaultPath).toBe(join('/home/u/Documents', '2024 政府工作报告.md'));
    expect(options.filters).toEqual([{ name: '*.md', extensions: ['md'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('uses the bare name without a default folder and omits an empty filter', () => {
    const options = saveDialogOptions({ suggestedName: 'a.json', bytes: new Uint8Array(), extensions: [] }, zh);
    expect(options.defaultPath).toBe('a.json');
    expect(options.filters).toBeUndefined();
  });

  it('never lets the suggested name choose a folder', () => {
    const options = saveDialogOptions({ suggestedName: '../../../etc/cron.d/x', bytes: new Uint8Array(), extensions: [] }, zh, '/docs');
    expect(options.defaultPath).toBe(join('/docs', 'x'));
  });

  it('speaks Chinese or English', () => {
    const request = { suggestedName: 'a.md', bytes: new Uint8Array(), extensions: ['md'] };
    expect(saveDialogOptions(request, zh)).toMatchObject({ title: '导出', buttonLabel: '导出' });
    expect(saveDialogOptions(request, en)).toMatchObject({ title: 'Export', buttonLabel: 'Export' });
  });
});

describe('DIALOG_STRINGS', () => {
  it('has the words of every interface language', () => {
    expect(DIALOG_STRINGS).toEqual({ zh, en });
  });
});
