/**
 * The keyboard of the coding loop, as a pure mapping from a key press to what
 * it asks for, so the shortcuts listed in the app and the ones obeyed are the
 * same table.
 */

/** What a key press asks the coding loop to do. */
export type CodingCommand =
  | { kind: 'theme'; index: number }
  | { kind: 'repeat-theme' }
  | { kind: 'note' }
  | { kind: 'remove' }
  | { kind: 'close' }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** The parts of a keyboard event the mapping reads. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * The command of a key press, or null. `1`–`9` tag with the theme at that
 * place in the codebook, `H` repeats the last theme, `N` opens the note,
 * `Delete` (or Backspace) removes the open highlight, `Esc` closes; Ctrl+Z
 * (⌘Z) undoes, Ctrl+Shift+Z and Ctrl+Y redo. Letters count in either case,
 * so Caps Lock does not get in the way; other modifiers make it no command.
 */
export function codingCommand(press: KeyPress): CodingCommand | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && !press.altKey) {
    const key = press.key.toLowerCase();
    if (key === 'z') return press.shiftKey ? { kind: 'redo' } : { kind: 'undo' };
    if (key === 'y' && !press.shiftKey) return { kind: 'redo' };
    return null;
  }
  if (command || press.altKey) return null;
  if (/^[1-9]$/.test(press.key)) return { kind: 'theme', index: Number(press.key) - 1 };
  switch (press.key.toLowerCase()) {
    case 'h':
      return { kind: 'repeat-theme' };
    case 'n':
      return { kind: 'note' };
    case 'delete':
    case 'backspace':
      return { kind: 'remove' };
    case 'escape':
      return { kind: 'close' };
    default:
      return null;
  }
}

/** True when the key press is typing into a field, where the coding keys must not act. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
