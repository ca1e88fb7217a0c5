/**
 * What every Office package the app writes has in common: the XML header,
 * its core properties (title, created and modified times) and the time its
 * zip entries carry, so the same input always gives the same bytes.
 */
import { xmlText } from './docx-xml-text';

/** The declaration every part starts with. */
export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A time as W3CDTF in UTC to the second, as Office writes it (`2026-02-01T01:30:00Z`), or null for a year outside 0000–9999. */
export function w3cTime(time: Date): string | null {
  const iso = time.toISOString();
  return /^\d{4}-/.test(iso) ? `${iso.slice(0, 19)}Z` : null;
}

/** `docProps/core.xml`: the title if there is one, and the created and modified times (none when W3CDTF cannot write the year). */
export function corePropertiesXml(created: Date, title?: string): string {
  const time = w3cTime(created);
  const times = time === null ? '' : `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>`;
  return [
    XML_HEADER,
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ',
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    title === undefined ? '' : `<dc:title>${xmlText(title)}</dc:title>`,
    times,
    '</cp:coreProperties>',
  ].join('');
}

/** The time of the zip entries: `created` when a zip can hold it (1980–2099), else the start of 1980, so the bytes depend on the input only. */
export function zipEntryTime(created: Date): Date {
  const year = created.getFullYear();
  return year >= 1980 && year <= 2099 ? created : new Date(1980, 0, 1);
}
