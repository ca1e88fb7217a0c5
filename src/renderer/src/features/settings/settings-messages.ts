/** The texts of 设置: where the library is kept, and its backups. */
import { defineMessages } from '../../i18n/define-messages';

export const settingsMessages = defineMessages(
  {
    'settings.button': '设置',
    'settings.title': '设置',
    'settings.storage': '存储',
    'settings.persisted': '已获准持久存储：浏览器不会因空间紧张而清除资料库。',
    'settings.notPersisted': '未获准持久存储：空间紧张时，浏览器可能清除本网站的数据（包括资料库）。请定期备份。',
    'settings.persistUnknown': '此环境不支持持久存储申请。请定期备份。',
    'settings.usage': '已用 {used}，可用上限约 {quota}。',
    'settings.backup': '备份与恢复',
    'settings.backupHint': '备份文件包含全部报告及其文本、划线、批注、主题和设置。恢复会替换当前资料库。',
    'settings.auto': '自动备份：每天一次及退出应用时，写入 {folder}，当前保留 {kept} 份，最近一次 {time}。',
    'settings.autoNone': '自动备份：每天一次及退出应用时，写入 {folder}；还没有自动备份。',
    'settings.autoBrowser': '在浏览器中使用时不会自动备份，请定期手动备份。',
    'settings.close': '关闭',
  },
  {
    'settings.button': 'Settings',
    'settings.title': 'Settings',
    'settings.storage': 'Storage',
    'settings.persisted': 'Persistent storage granted: the browser will not clear the library when space runs low.',
    'settings.notPersisted': 'Persistent storage not granted: when space runs low the browser may clear this site’s data, the library included. Back up regularly.',
    'settings.persistUnknown': 'Persistent storage cannot be requested here. Back up regularly.',
    'settings.usage': '{used} used, limit about {quota}.',
    'settings.backup': 'Backup and restore',
    'settings.backupHint': 'A backup holds every report with its text, the highlights, notes, themes and settings. Restoring replaces the library.',
    'settings.auto': 'Automatic backups: once a day and when the app quits, into {folder}; {kept} kept, the latest at {time}.',
    'settings.autoNone': 'Automatic backups: once a day and when the app quits, into {folder}; none yet.',
    'settings.autoBrowser': 'In a browser no automatic backups are made; back up by hand regularly.',
    'settings.close': 'Close',
  },
);
