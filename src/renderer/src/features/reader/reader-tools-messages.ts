/** Interface texts of this feature, merged into the app's dictionary by i18n/messages.ts. */
import { defineMessages } from '../../i18n/define-messages';

export const readerToolsMessages = defineMessages(
  {
    'reader.find.label': '在报告中查找',
    'reader.find.placeholder': '查找…',
    'reader.find.count': '{current}/{total}',
    'reader.find.none': '无结果',
    'reader.find.previous': '上一个（Shift+Enter）',
    'reader.find.next': '下一个（Enter）',
    'reader.find.close': '关闭查找（Esc）',
    'reader.style.label': '字号与行距',
    'reader.style.smaller': '缩小字号',
    'reader.style.larger': '放大字号',
    'reader.style.size': '字号 {size}',
    'reader.style.lineHeight': '行距',
    'reader.style.compact': '紧凑',
    'reader.style.standard': '标准',
    'reader.style.loose': '宽松',
  },
  {
    'reader.find.label': 'Find in report',
    'reader.find.placeholder': 'Find…',
    'reader.find.count': '{current}/{total}',
    'reader.find.none': 'No results',
    'reader.find.previous': 'Previous (Shift+Enter)',
    'reader.find.next': 'Next (Enter)',
    'reader.find.close': 'Close find (Esc)',
    'reader.style.label': 'Text size and line spacing',
    'reader.style.smaller': 'Smaller text',
    'reader.style.larger': 'Larger text',
    'reader.style.size': 'Text size {size}',
    'reader.style.lineHeight': 'Line spacing',
    'reader.style.compact': 'Compact',
    'reader.style.standard': 'Standard',
    'reader.style.loose': 'Loose',
  },
);
