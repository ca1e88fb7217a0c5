import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { craftZip, type CraftedEntry } from '../../fixtures/docx/craft-zip';
import { guardZip, ZIP_GUARD_LIMITS } from './zip-guard';
import { ZipGuardError } from './zip-guard-error';

const MIB = 1024 * 1024;
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const deflated = (data: Uint8Array): Uint8Array => new Uint8Array(deflateRawSync(data));

const DOCUMENT_XML = text('<?xml version="1.0"?><w:document/>');
const plain: CraftedEntry[] = [
  { name: '[Content_Types].xml', data: text('<Types/>') },
  { name: 'word/document.xml', data: DOCUMENT_XML },
];

/** The error `promise` rejects with (failing the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<ZipGuardError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZipGuardError);
  return error as ZipGuardError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('guardZip: readable archives', () => {
  it('lists a small stored archive', async () => {
    const entries = await guardZip(craftZip(plain));
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['[Content_Types].xml', 0, 8],
      ['word/document.xml', 0, DOCUMENT_XML.byteLength],
    ]);
  });

  it('measures honest deflated entries and lets them through', async () => {
    const xml = text('<w:p><w:r><w:t>白鹭镇</w:t></w:r></w:p>'.repeat(2000));
    const entries = await guardZip(
      craftZip([{ name: 'word/document.xml', data: deflated(xml), method: 8, declaredSize: xml.byteLength }]),
    );
    expect(entries[0]?.uncompressedSize).toBe(xml.byteLength);
  });

  it('reads past bytes prepended to the archive, as jszip does', async () => {
    const entries = await guardZip(craftZip(plain, { prefix: text('#!stub\n'.repeat(10)) }));
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
  });

  it('lets small, highly compressed parts through (under the ratio floor)', async () => {
    const zeros = new Uint8Array(512 * 1024);
    await expect(
      guardZip(craftZip([{ name: 'word/styles.xml', data: deflated(zeros), method: 8, declaredSize: zeros.byteLength }])),
    ).resolves.toHaveLength(1);
  });
});

describe('guardZip: corrupt archives', () => {
  it.each([
    ['empty bytes', new Uint8Array(0)],
    ['plain text', text('青石县白鹭镇2023年政府工作报告\n')],
    ['an OLE .doc header', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
  ])('refuses %s as corrupt-zip', async (_label, bytes) => {
    expect((await rejection(guardZip(bytes))).code).toBe('corrupt-zip');
  });

  it('refuses a truncated archive', async () => {
    const zip = craftZip(plain);
    for (const cut of [zip.length - 1, zip.length - 30, Math.floor(zip.length / 2), 10]) {
      expect((await rejection(guardZip(zip.subarray(0, cut)))).code).toBe('corrupt-zip');
    }
  });

  it('refuses data that runs past the end of the file', async () => {
    const zip = craftZip([{ name: 'word/document.xml', data: DOCUMENT_XML, declaredCompressedSize: 10 * MIB }]);
    expect((await rejection(guardZip(zip))).message).toMatch(/outside the file/);
  });

  it('refuses encrypted entries', async () => {
    const zip = craftZip([{ name: 'word/document.xml', data: DOCUMENT_XML, flags: 1 }]);
    expect((await rejection(guardZip(zip))).message).toMatch(/encrypted/);
  });

  it('refuses a zip64 record without its locator', async () => {
    const zip = craftZip(plain, { declaredCount: 0xffff });
    expect((await rejection(guardZip(zip, { limits: { maxEntries: 0x10000 } }))).code).toBe('corrupt-zip');
  });
});

describe('guardZip: zip bombs', () => {
  it('refuses declared sizes beyond the total limit before inflating anything', async () => {
    const fake = Array.from({ length: 4 }, (_, i) => ({
      name: `word/media/image${i}.png`,
      data: text('x'.repeat(1000)),
      declaredSize: 60 * MIB,
      declaredCompressedSize: 1000,
    }));
    // Stored data of 1000 bytes declaring 60 MiB each: refused on the declaration alone.
    const started = Date.now();
    const error = await rejection(guardZip(craftZip([...plain, ...fake]), { limits: { maxRatio: Infinity } }));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/240\.0 MiB/);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuses a 4 GiB declaration in a tiny file', async () => {
    const zip = craftZip([{ name: 'word/document.xml', data: deflated(DOCUMENT_XML), method: 8, declaredSize: 0xfffffffe }]);
    expect((await rejection(guardZip(zip))).code).toBe('zip-bomb');
  });

  it('refuses an entry declaring a ratio over the limit', async () => {
    const zeros = new Uint8Array(8 * MIB);
    const zip = craftZip([{ name: 'word/document.xml', data: deflated(zeros), method: 8, declaredSize: zeros.byteLength }]);
    const error = await rejection(guardZip(zip));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/would inflate \d+ times/);
  });

  it('refuses an entry that inflates beyond the size it declares, stopping early', async () => {
    const zeros = new Uint8Array(16 * MIB);
    const data = deflated(zeros); // ~16 KiB, declared as if it inflated to 100 KiB: ratio ~6
    const zip = craftZip([...plain, { name: 'word/document2.xml', data, method: 8, declaredSize: 100 * 1024 }]);
    const error = await rejection(guardZip(zip));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/inflates to more than the 102400 bytes it declares/);
  });

  it('refuses more entries than allowed, counting headers past the declared count', async () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ name: `word/part${i}.xml`, data: DOCUMENT_XML }));
    const limits = { maxEntries: 5 };
    expect((await rejection(guardZip(craftZip(many), { limits }))).code).toBe('zip-bomb');
    // jszip reads central headers while their signature repeats, whatever the count says.
    expect((await rejection(guardZip(craftZip(many, { declaredCount: 1 }), { limits }))).code).toBe('zip-bomb');
  });

  it('refuses a declared count over 10,000', async () => {
    expect(ZIP_GUARD_LIMITS.maxEntries).toBe(10_000);
    const error = await rejection(guardZip(craftZip(plain, { declaredCount: 10_001 })));
    expect(error.code).toBe('zip-bomb');
  });

  it('falls back to declared sizes only when the runtime has no DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    const lying = craftZip([{ name: 'word/document.xml', data: deflated(new Uint8Array(MIB)), method: 8, declaredSize: 2000 }]);
    await expect(guardZip(lying)).resolves.toHaveLength(1);
  });
});

describe('guardZip: cancellation', () => {
  it('stops when the signal is set', async () => {
    const zip = craftZip(plain.map((e) => ({ ...e, data: deflated(e.data), method: 8 as const, declaredSize: e.data.byteLength })));
    const error = await rejection(guardZip(zip, { signal: { aborted: true } }));
    expect(error.code).toBe('cancelled');
  });
});

describe('guardZip: never throws anything but ZipGuardError', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        await guardZip(bytes).catch((error: unknown) => {
          expect(error).toBeInstanceOf(ZipGuardError);
        });
      }),
    );
  });

  it('on a valid archive with bytes overwritten', async () => {
    const zip = craftZip([
      ...plain,
      { name: 'word/styles.xml', data: deflated(text('<w:styles>'.repeat(50))), method: 8, declaredSize: 500 },
    ]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: zip.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          const bytes = zip.slice();
          for (const [at, value] of edits) bytes[at] = value;
          await guardZip(bytes).catch((error: unknown) => {
            expect(error).toBeInstanceOf(ZipGuardError);
          });
        },
      ),
    );
  });
});
