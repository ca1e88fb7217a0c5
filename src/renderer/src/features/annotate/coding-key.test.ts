import { describe, expect, it } from 'vitest';
import { codingCommand, type KeyPress } from './coding-key';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });

describe('codingCommand', () => {
  it.each([
    ['1', press('1'), { kind: 'theme', index: 0 }],
    ['9', press('9'), { kind: 'theme', index: 8 }],
    ['H', press('h'), { kind: 'repeat-theme' }],
    ['H with Caps Lock', press('H', { shiftKey: true }), { kind: 'repeat-theme' }],
    ['N', press('n'), { kind: 'note' }],
    ['Delete', press('Delete'), { kind: 'remove' }],
    ['Backspace', press('Backspace'), { kind: 'remove' }],
    ['Esc', press('Escape'), { kind: 'close' }],
    ['Ctrl+Z', press('z', { ctrlKey: true }), { kind: 'undo' }],
    ['⌘Z', press('z', { metaKey: true }), { kind: 'undo' }],
    ['Ctrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }), { kind: 'redo' }],
    ['Ctrl+Y', press('y', { ctrlKey: true }), { kind: 'redo' }],
  ])('%s', (_name, key, expected) => {
    expect(codingCommand(key)).toEqual(expected);
  });

  it.each([
    ['0 (no theme has place 0)', press('0')],
    ['Ctrl+1 (the browser’s tab key)', press('1', { ctrlKey: true })],
    ['Alt+H', press('h', { altKey: true })],
    ['Ctrl+C (copy)', press('c', { ctrlKey: true })],
    ['Ctrl+F (find)', press('f', { ctrlKey: true })],
    ['a letter with no meaning', press('q')],
    ['Ctrl+Alt+Z', press('z', { ctrlKey: true, altKey: true })],
  ])('%s is no command', (_name, key) => {
    expect(codingCommand(key)).toBeNull();
  });
});
