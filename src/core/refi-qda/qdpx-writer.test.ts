import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REPORT_A, sampleProject } from './fixtures/sample-project';
import { qdeXml } from './qde-writer';
import { qdpx } from './qdpx-writer';

describe('qdpx', () => {
  it('zips project.qde and each source’s text as sources/<guid>.txt, in UTF-8 without a BOM', async () => {
    const project = sampleProject();
    const zip = await JSZip.loadAsync(await qdpx(project));
    expect(Object.keys(zip.files).sort()).toEqual(['project.qde', 'sources/7a1c2b3d-0000-4000-8000-00000000000a.txt', 'sources/7a1c2b3d-0000-4000-8000-00000000000b.txt']);
    expect(await zip.file('project.qde')!.async('string')).toBe(qdeXml(project));
    const bytes = await zip.file('sources/7a1c2b3d-0000-4000-8000-00000000000a.txt')!.async('uint8array');
    expect(bytes[0]).not.toBe(0xef);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(REPORT_A);
  });

  it('gives the same bytes for the same project', async () => {
    expect(await qdpx(sampleProject())).toEqual(await qdpx(sampleProject()));
  });

  it('refuses, as qdeXml does, a project that cannot be written', async () => {
    const project = sampleProject();
    project.sources[0]!.guid = 'not-a-guid';
    await expect(qdpx(project)).rejects.toThrow(RangeError);
  });
});
