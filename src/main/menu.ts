/**
 * The native menu as data: a pure function of the menu's words, the way to
 * send a command to the page, the platform and whether the app is packaged.
 * index.ts hands the result to `Menu.buildFromTemplate`.
 *
 * Items that act on the document (import, export, about, undo, redo) send a
 * {@link MenuCommand} to the page, which owns those flows (undo is of coding
 * actions, or of typing in a text field); cut, copy, paste, zoom and full
 * screen use Electron's built-in roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { Locale, MenuCommand } from '../shared/ipc';

/** Every word the menu shows, so a locale is one object. */
export interface MenuStrings {
  appName: string;
  file: string;
  importReports: string;
  importFolder: string;
  export: string;
  quit: string;
  closeWindow: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  zoomIn: string;
  zoomOut: string;
  resetZoom: string;
  toggleFullScreen: string;
  toggleDevTools: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
}

/** The menu in Simplified Chinese, the app's default language. */
export const ZH_CN_MENU_STRINGS: MenuStrings = {
  appName: '政府工作报告阅读器',
  file: '文件',
  importReports: '导入报告…',
  importFolder: '导入文件夹…',
  export: '导出…',
  quit: '退出',
  closeWindow: '关闭窗口',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  toggleFullScreen: '切换全屏',
  toggleDevTools: '开发者工具',
  help: '帮助',
  about: '关于',
  services: '服务',
  hide: '隐藏',
  hideOthers: '隐藏其他',
  showAll: '全部显示',
};

/** The menu in English. */
export const EN_MENU_STRINGS: MenuStrings = {
  appName: 'Government Work Report Reader',
  file: 'File',
  importReports: 'Import Reports…',
  importFolder: 'Import Folder…',
  export: 'Export…',
  quit: 'Quit',
  closeWindow: 'Close Window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  toggleFullScreen: 'Toggle Full Screen',
  toggleDevTools: 'Developer Tools',
  help: 'Help',
  about: 'About',
  services: 'Services',
  hide: 'Hide',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
};

/** The menu's words for each interface language. */
export const MENU_STRINGS: Readonly<Record<Locale, MenuStrings>> = { zh: ZH_CN_MENU_STRINGS, en: EN_MENU_STRINGS };

/** Where the menu is shown: the platform, and whether this is a packaged build. */
export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
}

/**
 * The menu template, shown here with its Chinese words: 文件 (import reports Ctrl/Cmd+O, import folder
 * Ctrl/Cmd+Shift+O, export Ctrl/Cmd+E, then 退出, or 关闭窗口 on macOS where
 * quitting lives in the app menu), 编辑 (undo, redo, cut, copy, paste, select
 * all), 视图 (zoom in, zoom out, actual size, full screen, and developer
 * tools only when not packaged) and 帮助 (关于). On macOS an app menu named
 * after the app comes first. `sendCommand` is called with the command when
 * an app-command item is clicked.
 */
export function buildMenuTemplate(
  strings: MenuStrings,
  sendCommand: (command: MenuCommand) => void,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  const isMac = context.platform === 'darwin';
  const command = (label: string, menuCommand: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => sendCommand(menuCommand),
  });

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: strings.appName,
      submenu: [
        command(`${strings.about} ${strings.appName}`, 'about'),
        { type: 'separator' },
        { role: 'services', label: strings.services },
        { type: 'separator' },
        { role: 'hide', label: `${strings.hide} ${strings.appName}` },
        { role: 'hideOthers', label: strings.hideOthers },
        { role: 'unhide', label: strings.showAll },
        { type: 'separator' },
        { role: 'quit', label: `${strings.quit} ${strings.appName}` },
      ],
    });
  }

  template.push(
    {
      label: strings.file,
      submenu: [
        command(strings.importReports, 'import-files', 'CmdOrCtrl+O'),
        command(strings.importFolder, 'import-folder', 'CmdOrCtrl+Shift+O'),
        command(strings.export, 'export', 'CmdOrCtrl+E'),
        { type: 'separator' },
        isMac ? { role: 'close', label: strings.closeWindow } : { role: 'quit', label: strings.quit },
      ],
    },
    {
      label: strings.edit,
      submenu: [
        // Undo and redo are the page's: it undoes coding actions, or typing when a text field has the focus.
        command(strings.undo, 'undo', 'CmdOrCtrl+Z'),
        command(strings.redo, 'redo', 'Shift+CmdOrCtrl+Z'),
        { type: 'separator' },
        { role: 'cut', label: strings.cut },
        { role: 'copy', label: strings.copy },
        { role: 'paste', label: strings.paste },
        { role: 'selectAll', label: strings.selectAll },
      ],
    },
    {
      label: strings.view,
      submenu: [
        { role: 'zoomIn', label: strings.zoomIn },
        { role: 'zoomOut', label: strings.zoomOut },
        { role: 'resetZoom', label: strings.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: strings.toggleFullScreen },
        ...(context.isPackaged
          ? []
          : [{ type: 'separator' } as const, { role: 'toggleDevTools', label: strings.toggleDevTools } as const]),
      ],
    },
    {
      label: strings.help,
      role: 'help',
      submenu: [command(strings.about, 'about')],
    },
  );
  return template;
}
