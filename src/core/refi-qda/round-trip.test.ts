/**
 * project → .qdpx → readQdpx gives the project back: codebook (names,
 * colours, descriptions, keywords, nesting), sources (names, texts,
 * variables), selections (offsets, codings, notes, times) and notes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleProject } from './fixtures/sample-project';
import { QDA_ORIGIN, type QdaProject } from './qda-project';
import { qdcXml } from './qdc-writer';
import { qdpx } from './qdpx-writer';
import { readQdc } from './qdc-reader';
import { readQdpx } from './qdpx-reader';

describe('round trip through .qdpx', () => {
  it('gives back the sample project', async () => {
    const project = sampleProject();
    const back = await readQdpx(await qdpx(project));
    // The one change: 会议日期 is a Date in one source and Text in the other, so it is declared Text.
    project.sources[0]!.variables[2]!.type = 'Text';
    expect(back).toEqual({ ...project, origin: QDA_ORIGIN });
  });

  it('gives back the codebook through .qdc', () => {
    const { codebook } = sampleProject();
    expect(readQdc(qdcXml(codebook))).toEqual(codebook);
  });

  it('keeps every selection’s offsets for any text, astral characters included', async () => {
    const text = fc.string({ unit: fc.constantFrom('甲', '乙', '𠀀', '𬌗', '\n', 'a', ' ', '，'), minLength: 1, maxLength: 80 });
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), async (body, picks) => {
        const points = Array.from(body);
        const unitsAt = (position: number): number => points.slice(0, position).join('').length;
        const selections = picks
          .map(([a, b]) => [a % (points.length + 1), b % (points.length + 1)].sort((x, y) => x - y) as [number, number])
          .filter(([a, b]) => a < b)
          .map(([a, b], i) => ({
            guid: `5e000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
            start: unitsAt(a),
            end: unitsAt(b),
            codeGuids: [],
            note: '',
            createdAt: null,
            modifiedAt: null,
          }));
        const project: QdaProject = {
          name: 'p',
          origin: QDA_ORIGIN,
          createdAt: null,
          codebook: { codes: [] },
          sources: [{ guid: '7a1c2b3d-0000-4000-8000-00000000000a', name: 's', text: body, variables: [], selections }],
          notes: [],
          warnings: [],
        };
        expect(await readQdpx(await qdpx(project))).toEqual(project);
      }),
      { numRuns: 40 },
    );
  });
});
