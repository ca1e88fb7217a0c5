/**
 * A file name as the result list shows it: the invisible characters that
 * reorder or hide text (bidirectional overrides, isolates and marks,
 * zero-width characters) and controls are shown by their code, so that
 * `报告\u202Etxt.exe` reads as what it is, not as `报告exe.txt`.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

export function visibleFileName(name: string): string {
  return name.replace(HIDDEN, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}
