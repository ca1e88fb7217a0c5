/**
 * Control characters in a report's lines: bytes a text file should not hold
 * and markup can smuggle in as character references (`&#x1B;`, `&#x202E;`).
 * Terminal escapes, bells and form feeds show as boxes or nothing; the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) silently reorder the characters around them, so a passage
 * would read, quote and export differently from what the report says. None
 * of them is a word of a report: they are taken out, and counted. A
 * terminal escape sequence (`ESC [ 3 1 m`, `ESC ] 0 ; title BEL`) goes whole,
 * counted once, so no `[31m` is left behind.
 */

/** C0 controls other than the tab, DEL, C1 controls, and the bidirectional embedding, override and isolate controls. */
// eslint-disable-next-line no-control-regex -- control characters are what is matched
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** An ANSI escape sequence: CSI (`ESC [` parameters, a final letter), OSC (`ESC ]` text, ended by BEL or `ESC \`; unended, it is no sequence), or a two-character escape (`ESC c`; not `ESC 7`, which could take a figure of the text). */
// eslint-disable-next-line no-control-regex -- escape sequences are what is matched
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-~])/gu;

/** A text without its control characters, and how many there were. */
export interface WithoutControls {
  text: string;
  removed: number;
}

/** Takes every escape sequence and every control character (see CONTROL) out of `text`, counting each once; tabs stay. */
export function withoutControlCharacters(text: string): WithoutControls {
  const sequences = text.match(ESCAPE_SEQUENCE)?.length ?? 0;
  const unescaped = sequences ? text.replace(ESCAPE_SEQUENCE, '') : text;
  const controls = unescaped.match(CONTROL)?.length ?? 0;
  return { text: controls ? unescaped.replace(CONTROL, '') : unescaped, removed: sequences + controls };
}
