/**
 * The packaged app's Electron binary is locked with fuses that electron-builder
 * flips from electron-builder.yml: no running as plain Node, no NODE_OPTIONS,
 * no --inspect, no extra powers for file://, and the app loaded only from its
 * integrity-checked asar. The packaging cannot run here, so the test reads
 * the configuration: the fuse block exactly as agreed, every key one that
 * electron-builder's own schema knows (a misspelt fuse would be no fuse), and
 * no second configuration in package.json to override the file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CONFIG = readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8');

/**
 * The `key: value` lines of a top-level mapping of a YAML file, read
 * exactly: values as written (a trailing `# comment` dropped), in order.
 * Throws when the key is missing, repeated, or its block holds anything but
 * plain two-space-indented scalar lines, so the test never reads a shape it
 * does not understand.
 */
function topLevelBlock(yaml: string, key: string): [string, string][] {
  const lines = yaml.split(/\r?\n/);
  const starts = lines.flatMap((line, index) => (line.replace(/\s+#.*$/, '') === `${key}:` ? [index] : []));
  if (starts.length !== 1) throw new RangeError(`${key}: found ${starts.length} times`);
  const entries: [string, string][] = [];
  for (const line of lines.slice(starts[0]! + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!line.startsWith(' ')) break;
    const match = /^ {2}([A-Za-z]+): ([^\s#]+)(\s+#.*)?$/.exec(line);
    if (match === null) throw new RangeError(`${key}: cannot read ${JSON.stringify(line)}`);
    entries.push([match[1]!, match[2]!]);
  }
  return entries;
}

/** The properties electron-builder's configuration schema allows under electronFuses. */
function knownFuses(): string[] {
  const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
  const schema = JSON.parse(readFileSync(fromBuilder.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
    properties: { electronFuses: { anyOf: { $ref?: string }[] } };
    definitions: Record<string, { properties: Record<string, { type: string }>; additionalProperties: boolean }>;
  };
  const ref = schema.properties.electronFuses.anyOf.find((option) => option.$ref !== undefined)?.$ref;
  expect(ref).toBe('#/definitions/FuseOptionsV1');
  const fuses = schema.definitions.FuseOptionsV1!;
  expect(fuses.additionalProperties).toBe(false);
  return Object.keys(fuses.properties);
}

describe('electron-builder.yml', () => {
  const fuses = topLevelBlock(CONFIG, 'electronFuses');

  it('sets the fuses exactly as agreed', () => {
    expect(Object.fromEntries(fuses)).toEqual({
      runAsNode: 'false',
      enableCookieEncryption: 'true',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    expect(new Set(fuses.map(([name]) => name)).size).toBe(fuses.length);
  });

  it('names only fuses electron-builder knows', () => {
    const known = knownFuses();
    for (const [name] of fuses) expect(known, name).toContain(name);
  });

  it('packs the app into an asar, which onlyLoadAppFromAsar needs', () => {
    expect(CONFIG).toMatch(/^asar: true$/m);
  });

  it('is the only packaging configuration: package.json has no "build" to override it', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).not.toHaveProperty('build');
  });

  it('the reader refuses what it does not understand', () => {
    expect(() => topLevelBlock('a:\n  b: true\n', 'missing')).toThrow(RangeError);
    expect(() => topLevelBlock('a:\n  b: true\na:\n  b: false\n', 'a')).toThrow(RangeError);
    expect(() => topLevelBlock('a:\n  b: {c: 1}\n', 'a')).toThrow(RangeError);
    expect(() => topLevelBlock('a:\n    b: true\n', 'a')).toThrow(RangeError);
    expect(topLevelBlock('a: # x\n  b: false # no\n\n  c: true\nd: 1\n', 'a')).toEqual([
      ['b', 'false'],
      ['c', 'true'],
    ]);
  });
});
