import { describe, expect, it } from 'vitest';
import { reportTextBytes } from './export-report-text';

describe('reportTextBytes', () => {
  it('is UTF-8 with a BOM and CRLF line ends', () => {
    const bytes = reportTextBytes('某镇2024年政府工作报告\n各位代表：');
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('某镇2024年政府工作报告\r\n各位代表：\r\n');
  });
});
