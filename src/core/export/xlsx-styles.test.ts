import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { indentStyle, MAX_INDENT, STYLE, stylesXml } from './xlsx-styles';

/** The `<xf>`s of cellXfs, their attributes and their alignment's attributes, and the fonts, by index. */
function readStyles(xml: string) {
  const fonts: string[][] = [];
  const formats: Array<{ fontId: string; alignment: Record<string, string> }> = [];
  const stack: string[] = [];
  let declared = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = stack.at(-1);
        if (name === 'cellXfs') declared = Number(attributes.count);
        if (name === 'font') fonts.push([]);
        else if (parent === 'font') fonts.at(-1)?.push(name);
        if (name === 'xf' && parent === 'cellXfs') formats.push({ fontId: attributes.fontId as string, alignment: {} });
        if (name === 'alignment' && stack.at(-2) === 'cellXfs') Object.assign((formats.at(-1) as { alignment: object }).alignment, attributes);
        stack.push(name);
      },
      onclosetag() {
        stack.pop();
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return { fonts, formats, declared };
}

describe('stylesXml', () => {
  const { fonts, formats, declared } = readStyles(stylesXml());

  it('has a normal and a bold font, and as many formats as it declares', () => {
    expect(fonts.map((font) => font.includes('b'))).toEqual([false, true]);
    expect(formats).toHaveLength(declared);
    expect(formats).toHaveLength(STYLE.boldTopWrapped + 1 + MAX_INDENT);
  });

  it('puts at each STYLE index the font and alignment its name says', () => {
    const at = (index: number) => ({ bold: formats[index]?.fontId === '1', ...formats[index]?.alignment });
    expect(at(STYLE.normal)).toEqual({ bold: false });
    expect(at(STYLE.top)).toEqual({ bold: false, vertical: 'top' });
    expect(at(STYLE.topWrapped)).toEqual({ bold: false, vertical: 'top', wrapText: '1' });
    expect(at(STYLE.bold)).toEqual({ bold: true });
    expect(at(STYLE.boldTop)).toEqual({ bold: true, vertical: 'top' });
    expect(at(STYLE.boldTopWrapped)).toEqual({ bold: true, vertical: 'top', wrapText: '1' });
  });

  it('indents by level from 1 to MAX_INDENT, level 0 (or less) being the normal format', () => {
    expect(indentStyle(0)).toBe(STYLE.normal);
    expect(indentStyle(-2)).toBe(STYLE.normal);
    for (const level of [1, 2, MAX_INDENT]) expect(formats[indentStyle(level)]?.alignment).toEqual({ horizontal: 'left', indent: String(level) });
    expect(indentStyle(MAX_INDENT + 5)).toBe(indentStyle(MAX_INDENT));
  });
});
