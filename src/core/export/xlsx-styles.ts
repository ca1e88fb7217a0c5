/**
 * The cell formats of the excerpt workbook (`xl/styles.xml`): two fonts,
 * normal and bold, and the few combinations of bold, top alignment, wrapping
 * and indent the sheets use. A cell, row or column names its format by its
 * index in `cellXfs`, the `STYLE` values and `indentStyle`.
 */

/** Indexes of the fixed cell formats. */
export const STYLE = {
  /** Excel's default: normal font, bottom-aligned, no wrap. */
  normal: 0,
  top: 1,
  topWrapped: 2,
  bold: 3,
  boldTop: 4,
  boldTopWrapped: 5,
} as const;

/** The deepest indent written; Excel's format dialog offers 0 to 15. */
export const MAX_INDENT = 15;

/** The format of a left-aligned cell indented `level` steps (0 is `STYLE.normal`; deeper than `MAX_INDENT` is `MAX_INDENT`). */
export function indentStyle(level: number): number {
  const steps = Math.min(Math.max(Math.floor(level), 0), MAX_INDENT);
  return steps === 0 ? STYLE.normal : STYLE.boldTopWrapped + steps;
}

/** One `<xf>` of `cellXfs`: font 0 or 1, and an alignment if any. */
function xf(fontId: 0 | 1, alignment?: string): string {
  const font = fontId === 1 ? ' applyFont="1"' : '';
  if (alignment === undefined) return `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${font}/>`;
  return `<xf numFmtId="0" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${font} applyAlignment="1"><alignment ${alignment}/></xf>`;
}

/** `xl/styles.xml`, its elements in the order ECMA-376 sets (fonts, fills, borders, cellStyleXfs, cellXfs, cellStyles). */
export function stylesXml(): string {
  const formats = [
    xf(0),
    xf(0, 'vertical="top"'),
    xf(0, 'vertical="top" wrapText="1"'),
    xf(1),
    xf(1, 'vertical="top"'),
    xf(1, 'vertical="top" wrapText="1"'),
  ];
  for (let steps = 1; steps <= MAX_INDENT; steps++) formats.push(xf(0, `horizontal="left" indent="${steps}"`));
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    '<fonts count="2">',
    '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
    '</fonts>',
    // Excel expects these two fills first whether or not a cell uses them.
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>',
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
    `<cellXfs count="${formats.length}">`,
    ...formats,
    '</cellXfs>',
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
    '</styleSheet>',
  ].join('');
}
