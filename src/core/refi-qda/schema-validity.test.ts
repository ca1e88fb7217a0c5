/**
 * Every file the writers make validates against the REFI-QDA schemas with
 * xmllint (Debian package libxml2-utils), as strict importers check them.
 * The schemas are kept in fixtures/ so the check runs wherever the
 * repository is; without xmllint the tests are skipped, saying why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProject } from './fixtures/sample-project';
import type { QdaProject } from './qda-project';
import { qdcXml } from './qdc-writer';
import { qdeXml } from './qde-writer';

const XMLLINT = '/usr/bin/xmllint';
const PROJECT_XSD = fileURLToPath(new URL('./fixtures/Project.xsd', import.meta.url));
const CODEBOOK_XSD = fileURLToPath(new URL('./fixtures/Codebook.xsd', import.meta.url));
const missing = existsSync(XMLLINT) ? null : `${XMLLINT} is not installed (apt-get install libxml2-utils)`;
if (missing) console.warn(`schema validation skipped: ${missing}`);

/** xmllint's complaints about `xml` against `schema`, or '' when it validates. */
function schemaErrors(xml: string, schema: string): string {
  const run = spawnSync(XMLLINT, ['--noout', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr.trim() || `xmllint exited with ${run.status}`;
}

describe.skipIf(missing !== null)('the writers against the REFI-QDA schemas (xmllint)', () => {
  it('catches a file the schema refuses (so a pass means something)', () => {
    expect(schemaErrors('<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources/><CodeBook/></Project>', PROJECT_XSD)).toMatch(/not expected/);
  });

  it('project.qde of the sample project (codes, variables, sources, selections, notes) validates against Project.xsd', () => {
    expect(schemaErrors(qdeXml(sampleProject()), PROJECT_XSD)).toBe('');
  });

  it('the sample codebook as a .qdc validates against Codebook.xsd', () => {
    expect(schemaErrors(qdcXml(sampleProject().codebook), CODEBOOK_XSD)).toBe('');
  });

  it.each<[string, (project: QdaProject) => void]>([
    ['an empty project (no codes, sources or notes)', (p) => Object.assign(p, { codebook: { codes: [] }, sources: [], notes: [] })],
    ['sources without selections or variables', (p) => p.sources.forEach((s) => Object.assign(s, { selections: [], variables: [] }))],
    ['no creation time', (p) => Object.assign(p, { createdAt: null })],
    ['a selection without codes or note', (p) => Object.assign(p.sources[0]!.selections[0]!, { codeGuids: [], note: '' })],
    ['GUIDs in braces and upper case', (p) => Object.assign(p.sources[0]!, { guid: '{7A1C2B3D-0000-4000-8000-0000000000AA}' })],
    ['every variable type', (p) =>
      Object.assign(p.sources[0]!, {
        variables: [
          { name: '是否完整', type: 'Boolean', value: 'true' },
          { name: '增速', type: 'Float', value: '5.5' },
          { name: '发布时间', type: 'DateTime', value: '2024-01-20T10:00:00+08:00' },
        ],
      })],
  ])('project.qde with %s validates', (_, change) => {
    const project = sampleProject();
    change(project);
    expect(schemaErrors(qdeXml(project), PROJECT_XSD)).toBe('');
  });

  it('names, notes and descriptions with any characters still validate (control characters are left out)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (odd, text) => {
        const project = sampleProject();
        const code = project.codebook.codes[0]!;
        code.name = `名${odd}`;
        code.description = `${text}${odd}`;
        project.name = odd;
        project.sources[0]!.name = odd;
        project.sources[0]!.selections[0]!.note = `注${odd}`;
        project.notes[0]!.text = text;
        project.sources[0]!.variables[0]!.value = odd;
        expect(schemaErrors(qdeXml(project), PROJECT_XSD)).toBe('');
        expect(schemaErrors(qdcXml(project.codebook), CODEBOOK_XSD)).toBe('');
      }),
      { numRuns: 15 },
    );
  });
});
