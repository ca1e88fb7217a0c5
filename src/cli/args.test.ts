import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  it.each([
    [['parse', 'a.txt'], { kind: 'parse', file: 'a.txt', json: false }],
    [['parse', 'a.txt', '--json'], { kind: 'parse', file: 'a.txt', json: true }],
    [['--json', 'parse', 'a.txt'], { kind: 'parse', file: 'a.txt', json: true }],
    [['parse', '--', '--json'], { kind: 'parse', file: '--json', json: false }],
    [['parse', '-'], { kind: 'parse', file: '-', json: false }],
    [[], { kind: 'help' }],
    [['--help'], { kind: 'help' }],
    [['parse', 'a.txt', '-h'], { kind: 'help' }],
    [['bogus', '--help'], { kind: 'help' }],
  ])('%j → %j', (argv, command) => {
    expect(parseArgs(argv)).toEqual(command);
  });

  it.each([
    [['parse'], /needs a FILE/],
    [['parse', 'a.txt', 'b.txt'], /one FILE, but was given 2/],
    [['export', 'a.txt'], /Unknown command "export"/],
    [['--json'], /No command given/],
    [['parse', 'a.txt', '--yaml'], /Unknown option --yaml/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
