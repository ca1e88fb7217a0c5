/**
 * Text as the XML of a DOCX part holds it: characters XML 1.0 cannot hold
 * dropped (or Word refuses the file), markup characters escaped. Every text
 * the DOCX writer puts in a part, and every attribute value that is not a
 * constant, goes through `xmlText`.
 */

/** Characters XML 1.0 cannot hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- control characters are what we remove
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The characters escaped: `<` and `&` must be, `>` (for `]]>`) and `"` (in attribute values) may be. */
const MARKUP = /[<>&"]/g;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
/** Any character either pass would change: most texts have none and are returned as they are. */
// eslint-disable-next-line no-control-regex -- control characters are what we look for
const NEEDS_WORK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff<>&"]/;

/** The text without the characters XML 1.0 cannot hold. */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}

/** The text as element content or a double-quoted attribute value: characters XML cannot hold dropped, `< > & "` escaped. */
export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return xmlCharacters(text).replace(MARKUP, (character) => ENTITIES[character] as string);
}
