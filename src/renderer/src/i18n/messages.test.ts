import { describe, expect, it } from 'vitest';
import { HOSTILE_INPUTS } from '../../../core/fixtures/hostile/hostile-inputs';
import { REPORT_FORMATS } from '../../../core/import/report-format';
import { en, errorKey, errorMessage, hiddenReasonKey, zh } from './messages';

describe('messages', () => {
  it('has every text in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('has words for every failure code the importer gives', () => {
    const codes = ['unsupported-format', 'invalid-bytes', 'binary', 'empty', 'mixed-encoding', 'too-large', 'read-failed', 'storage-full', 'read-only', 'corrupt-docx', 'zip-bomb', 'corrupt-pdf', 'encrypted-pdf', 'no-text', 'no-report-text', 'timeout', 'cancelled'];
    for (const code of codes) expect(errorKey(code)).toBe(`error.${code}`);
    expect(errorKey('no-such-code')).toBe('error.unexpected');
  });

  it('has words of its own, in both languages, for every failure the hostile corpus gives (timeout for a parse that runs past its box)', () => {
    const codes = new Set(HOSTILE_INPUTS.map((c) => (c.expect.kind === 'refused' ? c.expect.code : c.expect.kind === 'time-boxed' ? 'timeout' : null)));
    codes.delete(null);
    expect(codes.size).toBeGreaterThan(10);
    for (const code of codes as Set<string>) {
      expect(errorKey(code), code).toBe(`error.${code}`);
      expect(errorMessage('zh', code), code).toMatch(/\p{Script=Han}/u);
      expect(errorMessage('en', code), code).toMatch(/^[A-Z][^\p{Script=Han}]+$/u);
    }
  });

  it('lists the formats the importer reads when a format is not supported', () => {
    for (const format of REPORT_FORMATS) {
      expect(errorMessage('zh', 'unsupported-format')).toContain(`.${format}`);
      expect(errorMessage('en', 'unsupported-format')).toContain(`.${format}`);
    }
    expect(errorMessage('zh', 'unsupported-format')).not.toContain('{');
  });

  it('has words for every reason a line is hidden, and a fallback', () => {
    const reasons = ['navigation', 'page-chrome', 'outside-content', 'publish-info', 'byline', 'summary', 'paywall', 'share', 'page-number', 'running-header', 'disclaimer', 'doc-sharing', 'table-of-contents', 'repeated-title', 'continuation-mark', 'site-chunk-number'];
    for (const reason of reasons) expect(hiddenReasonKey(reason)).toBe(`hidden.${reason}`);
    expect(hiddenReasonKey('something-new')).toBe('hidden.other');
  });
});
