import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../shared/ipc';
import { buildMenuTemplate, EN_MENU_STRINGS, MENU_STRINGS, ZH_CN_MENU_STRINGS, type MenuContext, type MenuStrings } from './menu';

const windows: MenuContext = { platform: 'win32', isPackaged: true };

function build(context: MenuContext, strings: MenuStrings = ZH_CN_MENU_STRINGS) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate(strings, (command) => sent.push(command), context);
  return { template, sent };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const items = item?.submenu;
  if (!Array.isArray(items)) throw new Error(`no submenu in ${item?.label}`);
  return items;
}

/** Label, role or separator of each item, for comparing shapes. */
function shape(items: MenuItemConstructorOptions[]): string[] {
  return items.map((item) => (item.type === 'separator' ? '---' : `${item.label ?? ''}${item.role ? ` [${item.role}]` : ''}`));
}

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

describe('buildMenuTemplate', () => {
  it('has 文件, 编辑, 视图, 帮助 on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { template } = build({ platform, isPackaged: true });
      expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    }
  });

  it('puts import and export in 文件 with their shortcuts, then 退出', () => {
    const { template } = build(windows);
    const file = submenu(template[0]);
    expect(shape(file)).toEqual(['导入报告…', '导入文件夹…', '导出…', '---', '退出 [quit]']);
    expect(file.slice(0, 3).map((item) => item.accelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+O', 'CmdOrCtrl+E']);
  });

  it('sends the app commands when clicked', () => {
    const { template, sent } = build(windows);
    const file = submenu(template[0]);
    click(file[0]);
    click(file[1]);
    click(file[2]);
    click(submenu(template[3])[0]);
    expect(sent).toEqual(['import-files', 'import-folder', 'export', 'about']);
  });

  it('sends undo and redo to the page, with their shortcuts, and uses roles for the rest of editing', () => {
    const { template, sent } = build(windows);
    const edit = submenu(template[1]);
    expect(edit.slice(0, 2).map((item) => item.accelerator)).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z']);
    click(edit[0]);
    click(edit[1]);
    expect(sent).toEqual(['undo', 'redo']);
    expect(shape(edit)).toEqual([
      '撤销',
      '重做',
      '---',
      '剪切 [cut]',
      '复制 [copy]',
      '粘贴 [paste]',
      '全选 [selectAll]',
    ]);
  });

  it('offers developer tools only when not packaged', () => {
    expect(shape(submenu(build({ platform: 'linux', isPackaged: true }).template[2]))).toEqual([
      '放大 [zoomIn]',
      '缩小 [zoomOut]',
      '实际大小 [resetZoom]',
      '---',
      '切换全屏 [togglefullscreen]',
    ]);
    expect(shape(submenu(build({ platform: 'linux', isPackaged: false }).template[2]))).toEqual([
      '放大 [zoomIn]',
      '缩小 [zoomOut]',
      '实际大小 [resetZoom]',
      '---',
      '切换全屏 [togglefullscreen]',
      '---',
      '开发者工具 [toggleDevTools]',
    ]);
  });

  it('has 关于 in 帮助', () => {
    const { template } = build(windows);
    expect(shape(submenu(template[3]))).toEqual(['关于']);
  });

  it('adds the macOS app menu and closes instead of quitting in 文件', () => {
    const { template, sent } = build({ platform: 'darwin', isPackaged: true });
    expect(template.map((item) => item.label)).toEqual(['政府工作报告阅读器', '文件', '编辑', '视图', '帮助']);
    const appMenu = submenu(template[0]);
    expect(shape(appMenu)).toEqual([
      '关于 政府工作报告阅读器',
      '---',
      '服务 [services]',
      '---',
      '隐藏 政府工作报告阅读器 [hide]',
      '隐藏其他 [hideOthers]',
      '全部显示 [unhide]',
      '---',
      '退出 政府工作报告阅读器 [quit]',
    ]);
    click(appMenu[0]);
    expect(sent).toEqual(['about']);
    expect(shape(submenu(template[1])).at(-1)).toBe('关闭窗口 [close]');
  });

  it('does not send anything until clicked', () => {
    const send = vi.fn();
    buildMenuTemplate(ZH_CN_MENU_STRINGS, send, windows);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('buildMenuTemplate in English', () => {
  it('has File, Edit, View, Help with English items', () => {
    const { template } = build({ platform: 'linux', isPackaged: false }, EN_MENU_STRINGS);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(shape(submenu(template[0]))).toEqual(['Import Reports…', 'Import Folder…', 'Export…', '---', 'Quit [quit]']);
    expect(shape(submenu(template[1]))).toEqual([
      'Undo',
      'Redo',
      '---',
      'Cut [cut]',
      'Copy [copy]',
      'Paste [paste]',
      'Select All [selectAll]',
    ]);
    expect(shape(submenu(template[2]))).toEqual([
      'Zoom In [zoomIn]',
      'Zoom Out [zoomOut]',
      'Actual Size [resetZoom]',
      '---',
      'Toggle Full Screen [togglefullscreen]',
      '---',
      'Developer Tools [toggleDevTools]',
    ]);
    expect(shape(submenu(template[3]))).toEqual(['About']);
  });

  it('names the macOS app menu and its items in English', () => {
    const { template } = build({ platform: 'darwin', isPackaged: true }, EN_MENU_STRINGS);
    expect(template.map((item) => item.label)).toEqual(['Government Work Report Reader', 'File', 'Edit', 'View', 'Help']);
    expect(shape(submenu(template[0]))).toEqual([
      'About Government Work Report Reader',
      '---',
      'Services [services]',
      '---',
      'Hide Government Work Report Reader [hide]',
      'Hide Others [hideOthers]',
      'Show All [unhide]',
      '---',
      'Quit Government Work Report Reader [quit]',
    ]);
    expect(shape(submenu(template[1])).at(-1)).toBe('Close Window [close]');
  });

  it('sends the same commands as in Chinese', () => {
    const { template, sent } = build(windows, EN_MENU_STRINGS);
    for (const item of submenu(template[0]).slice(0, 3)) click(item);
    click(submenu(template[3])[0]);
    expect(sent).toEqual(['import-files', 'import-folder', 'export', 'about']);
  });
});

describe('MENU_STRINGS', () => {
  it('has the words of every interface language', () => {
    expect(MENU_STRINGS).toEqual({ zh: ZH_CN_MENU_STRINGS, en: EN_MENU_STRINGS });
  });
});
