import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030 } from '../fixtures/gb18030-encoder';
import { TOWNSHIP_REPORT } from '../fixtures/township-report';
import { findMixedEncoding, firstUtf8ChineseRun } from './mixed-encoding';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');
const HAVE_SEEDS = existsSync(join(SEEDS, 'EXPECTED.md'));

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('firstUtf8ChineseRun', () => {
  it('finds four UTF-8 Chinese characters in a row, and where they start', () => {
    expect(firstUtf8ChineseRun(utf8('ab白鹭镇报告'))).toBe(2);
    expect(firstUtf8ChineseRun(utf8('白鹭镇'))).toBeNull();
    expect(firstUtf8ChineseRun(utf8('白鹭 镇报 告'))).toBeNull();
    expect(firstUtf8ChineseRun(utf8('（一）产业'))).toBe(0);
  });

  it('finds none in GB18030 text, the township report and every character of the commonest level', () => {
    expect(firstUtf8ChineseRun(encodeGb18030(TOWNSHIP_REPORT))).toBeNull();
    // All 3,755 characters of GB2312's first level (B0A1–D7F9), in order.
    const level1 = Uint8Array.from({ length: (0xd7 - 0xb0 + 1) * 94 * 2 }, (_, i) => (i % 2 === 0 ? 0xb0 + Math.floor(i / 188) : 0xa1 + (Math.floor(i / 2) % 94)));
    expect(firstUtf8ChineseRun(level1)).toBeNull();
  });
});

describe('findMixedEncoding', () => {
  const gbk = encodeGb18030('白鹭镇2023年政府工作报告\n全镇完成固定资产投资2.4亿元。\n');

  it('finds a UTF-8 line among GB18030 lines, read whole as GB18030 without an error', () => {
    const title = utf8('青石县白鹭镇政府工作报告\n');
    const bytes = concat(title, gbk);
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toMatch(/^青石县/u); // fluent nonsense, no error
    expect(findMixedEncoding(bytes)).toEqual({ utf8At: 0, gb18030At: title.length });
  });

  it('finds GB18030 lines after UTF-8 ones', () => {
    const head = utf8('各位代表：现在我代表镇人民政府报告工作\n');
    expect(findMixedEncoding(concat(head, gbk))).toEqual({ utf8At: 0, gb18030At: head.length });
  });

  it('finds nothing in a GB18030 file, in UTF-8 damaged by a byte no encoding has, or without UTF-8 Chinese', () => {
    expect(findMixedEncoding(gbk)).toBeNull();
    expect(findMixedEncoding(concat(utf8('各位代表：现在我代表'), Uint8Array.of(0xff), utf8('镇人民政府\n')))).toBeNull();
    expect(findMixedEncoding(concat(utf8('Report\n'), gbk))).toBeNull();
  });

  // The real report files, encoded as GBK files are: the trace of UTF-8 is never there. Skipped where the seeds are absent.
  it.skipIf(!HAVE_SEEDS)('finds none in the real reports read as GB18030', () => {
    for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
      const encodable = [...readFileSync(join(SEEDS, file), 'utf8')].filter((char) => {
        try {
          encodeGb18030(char);
          return true;
        } catch {
          return false;
        }
      });
      expect(firstUtf8ChineseRun(encodeGb18030(encodable.join(''))), file).toBeNull();
    }
  });
});
