/**
 * The rule that keeps this folder testable: only the wiring modules load
 * 'electron' at run time; every other module may take types from it, never
 * values, so it runs under plain Node where the Electron binary is absent.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const WIRING = new Set(['index.ts', 'register-app-protocol.ts']);
const here = import.meta.dirname;

const pureModules = readdirSync(here).filter((name) => name.endsWith('.ts') && !WIRING.has(name));

/** Import statements of 'electron' that are not `import type`. */
function valueImportsOfElectron(source: string): string[] {
  const imports = source.match(/^\s*(import|export)\b[^;]*?from\s+['"]electron(\/[^'"]*)?['"]/gms) ?? [];
  const requires = source.match(/\b(require|import)\(\s*['"]electron['"]\s*\)/g) ?? [];
  return [...imports.filter((statement) => !/^\s*(import|export)\s+type\b/.test(statement)), ...requires];
}

describe('pure main-process modules', () => {
  it('are found', () => {
    expect(pureModules).toContain('app-protocol.ts');
    expect(pureModules).toContain('window-security.ts');
  });

  it.each(pureModules)('%s loads no value from electron', (name) => {
    expect(valueImportsOfElectron(readFileSync(join(here, name), 'utf8'))).toEqual([]);
  });

  it('the check sees a value import', () => {
    expect(valueImportsOfElectron("import { app } from 'electron';")).toHaveLength(1);
    expect(valueImportsOfElectron("import { type App, app } from 'electron';")).toHaveLength(1);
    expect(valueImportsOfElectron("import type { App } from 'electron';")).toHaveLength(0);
  });
});
