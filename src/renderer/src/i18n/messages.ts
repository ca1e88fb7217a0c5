/**
 * Every interface text, in Simplified Chinese (the default) and English.
 * Keys name the place a text is used; a missing English text is a type error.
 */
export const zh = {
  'app.title': '政府工作报告阅读器',
  'app.language': 'English',
  'app.languageLabel': '切换为英文界面',
  'import.button': '导入',
  'import.files': '导入报告…',
  'import.folder': '导入文件夹…',
  'import.dropHint': '松开鼠标即可导入报告',
  'import.working': '正在导入…',
  'import.summary': '导入完成：新增 {imported} 份，已在库中 {duplicate} 份，失败 {failed} 份',
  'import.imported': '已导入',
  'import.duplicate': '已在报告库中',
  'import.failed': '导入失败',
  'import.dismiss': '关闭',
  'library.label': '报告库',
  'library.filter': '筛选标题或地点',
  'library.yearAll': '全部年份',
  'library.year': '年份',
  'library.sort': '排序',
  'library.sort.importedAt': '按导入时间',
  'library.sort.title': '按标题',
  'library.sort.place': '按地点',
  'library.sort.year': '按年份',
  'library.sort.size': '按字数',
  'library.count': '共 {count} 份报告',
  'library.empty': '报告库还是空的。点击“导入”或把报告文件拖到窗口中。',
  'library.noMatch': '没有符合筛选条件的报告。',
  'library.delete': '删除',
  'library.deleteLabel': '删除《{title}》',
  'library.chars': '{count} 字',
  'library.imported': '导入于 {date}',
  'library.unknownPlace': '地点未知',
  'library.unknownYear': '年份未知',
  'library.sample': '示例',
  'delete.title': '删除报告',
  'delete.body': '确定从报告库删除《{title}》吗？它的批注也会一并删除，此操作无法撤销。',
  'delete.confirm': '删除',
  'delete.cancel': '取消',
  'reader.label': '阅读',
  'reader.empty': '在左侧报告库中选择一份报告开始阅读。',
  'reader.loading': '正在打开报告…',
  'reader.missing': '找不到这份报告，它可能已被删除。',
  'reader.meta.place': '地点',
  'reader.meta.year': '年份',
  'reader.meta.size': '字数',
  'reader.meta.source': '来源文件',
  'reader.meta.encoding': '编码',
  'error.too-large': '文件太大（超过 64 MB），不像是一份报告。',
  'error.read-failed': '无法读取此文件，请确认它没有被移动或占用。',
  'error.write-failed': '无法保存文件，请换一个位置再试。',
  'error.not-allowed': '此操作未被允许。',
  'error.unsupported-format': '暂不支持此文件格式，目前可导入 .txt 和 .md 文本文件。',
  'error.invalid-bytes': '文件编码无法识别：它既不是 UTF-8 也不是 GB18030/GBK 文本，可能已损坏。',
  'error.binary': '这不是文本文件（可能是图片、压缩包或其他二进制文件）。',
  'error.empty': '文件是空的，没有可导入的内容。',
  'error.storage-full': '磁盘空间或浏览器存储已满，报告未能保存。',
  'error.unexpected': '导入时发生意外错误。',
} as const;

export type MessageKey = keyof typeof zh;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  'app.title': 'Government Work Report Reader',
  'app.language': '中文',
  'app.languageLabel': 'Switch the interface to Chinese',
  'import.button': 'Import',
  'import.files': 'Import reports…',
  'import.folder': 'Import folder…',
  'import.dropHint': 'Drop to import the reports',
  'import.working': 'Importing…',
  'import.summary': 'Import finished: {imported} new, {duplicate} already in the library, {failed} failed',
  'import.imported': 'Imported',
  'import.duplicate': 'Already in the library',
  'import.failed': 'Failed',
  'import.dismiss': 'Close',
  'library.label': 'Library',
  'library.filter': 'Filter by title or place',
  'library.yearAll': 'All years',
  'library.year': 'Year',
  'library.sort': 'Sort',
  'library.sort.importedAt': 'By date imported',
  'library.sort.title': 'By title',
  'library.sort.place': 'By place',
  'library.sort.year': 'By year',
  'library.sort.size': 'By length',
  'library.count': '{count} reports',
  'library.empty': 'The library is empty. Click “Import” or drop report files on the window.',
  'library.noMatch': 'No report matches the filter.',
  'library.delete': 'Delete',
  'library.deleteLabel': 'Delete “{title}”',
  'library.chars': '{count} chars',
  'library.imported': 'imported {date}',
  'library.unknownPlace': 'place unknown',
  'library.unknownYear': 'year unknown',
  'library.sample': 'Sample',
  'delete.title': 'Delete report',
  'delete.body': 'Delete “{title}” from the library? Its highlights are deleted too. This cannot be undone.',
  'delete.confirm': 'Delete',
  'delete.cancel': 'Cancel',
  'reader.label': 'Reader',
  'reader.empty': 'Choose a report in the library to start reading.',
  'reader.loading': 'Opening the report…',
  'reader.missing': 'This report cannot be found; it may have been deleted.',
  'reader.meta.place': 'Place',
  'reader.meta.year': 'Year',
  'reader.meta.size': 'Length',
  'reader.meta.source': 'Source file',
  'reader.meta.encoding': 'Encoding',
  'error.too-large': 'The file is too large (over 64 MB) to be a report.',
  'error.read-failed': 'The file could not be read; check that it was not moved or locked.',
  'error.write-failed': 'The file could not be saved; try another place.',
  'error.not-allowed': 'This action is not allowed.',
  'error.unsupported-format': 'This file format is not supported yet; .txt and .md text files can be imported.',
  'error.invalid-bytes': 'The text encoding is not recognised: it is neither UTF-8 nor GB18030/GBK, and may be damaged.',
  'error.binary': 'This is not a text file (perhaps an image, an archive or another binary file).',
  'error.empty': 'The file is empty: there is nothing to import.',
  'error.storage-full': 'The disk or the browser storage is full; the report was not saved.',
  'error.unexpected': 'Something unexpected went wrong while importing.',
};

export type Locale = 'zh' | 'en';

export const messages: Record<Locale, Messages> = { zh, en };

/** Fills `{name}` placeholders of a message. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message for an error code, falling back to the generic one. */
export function errorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return key in zh ? (key as MessageKey) : 'error.unexpected';
}
