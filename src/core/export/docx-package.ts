/**
 * A DOCX package around a main part and a styles part: the content types,
 * the relationships, settings that keep Word out of compatibility mode and
 * the core properties (title, created), zipped with fflate, which runs
 * unchanged in Node and the browser.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { xmlText } from './docx-xml-text';

/** What goes into the package. */
export interface DocxPackageParts {
  /** The main part, `word/document` (`documentXml`). */
  documentXml: string;
  /** word/styles.xml (`stylesXml`). */
  stylesXml: string;
  /** The document's title, in its properties. */
  title: string;
  /** When the document was made: its created and modified properties and the time of its zip entries. */
  created: Date;
}

/**
 * Deflate level of the parts. On 20,000 excerpts (28 MB in the main part)
 * level 3 writes about what the docx package wrote (1.96 MB) in a third less
 * time than fflate's default 6 (1.74 MB); level 1 is faster still but
 * writes a fifth more (2.36 MB).
 */
const LEVEL = 3;

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = [
  XML_HEADER,
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
  '<Default Extension="xml" ContentType="application/xml"/>',
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  '</Types>',
].join('');

const PACKAGE_RELATIONSHIPS = [
  XML_HEADER,
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
  `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="word/document.xml"/>`,
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
  '</Relationships>',
].join('');

const DOCUMENT_RELATIONSHIPS = [
  XML_HEADER,
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">',
  `<Relationship Id="rId1" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>`,
  `<Relationship Id="rId2" Type="${RELATIONSHIPS}/settings" Target="settings.xml"/>`,
  '</Relationships>',
].join('');

/** Settings: Word 2013+ layout (compatibilityMode 15), so Word does not open the file in compatibility mode. */
const SETTINGS = [
  XML_HEADER,
  '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
  '<w:defaultTabStop w:val="720"/>',
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
  '</w:settings>',
].join('');

/** A time as W3CDTF in UTC to the second (`2026-02-01T01:30:00Z`), or null for a year outside 0000–9999. */
function w3cTime(time: Date): string | null {
  const iso = time.toISOString();
  return /^\d{4}-/.test(iso) ? `${iso.slice(0, 19)}Z` : null;
}

/** docProps/core.xml: the title, and the created and modified times. */
function coreXml(title: string, created: Date): string {
  const time = w3cTime(created);
  const times = time === null ? '' : `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>`;
  return [
    XML_HEADER,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    `<dc:title>${xmlText(title)}</dc:title>`,
    times,
    '</cp:coreProperties>',
  ].join('');
}

/** The time of the zip entries: `created` when a zip can hold it (1980–2099), else the start of 1980, so the bytes depend on the input only. */
function entryTime(created: Date): Date {
  const year = created.getFullYear();
  return year >= 1980 && year <= 2099 ? created : new Date(1980, 0, 1);
}

/** The DOCX bytes: [Content_Types].xml first, then the relationships, the main part, styles, settings and core properties. */
export function docxPackage(parts: DocxPackageParts): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(PACKAGE_RELATIONSHIPS),
    'word/document.xml': strToU8(parts.documentXml),
    'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELATIONSHIPS),
    'word/styles.xml': strToU8(parts.stylesXml),
    'word/settings.xml': strToU8(SETTINGS),
    'docProps/core.xml': strToU8(coreXml(parts.title, parts.created)),
  };
  return zipSync(files, { level: LEVEL, mtime: entryTime(parts.created) });
}
