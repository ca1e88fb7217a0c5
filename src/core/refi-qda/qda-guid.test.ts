import { describe, expect, it } from 'vitest';
import { derivedGuid, isGuid, nameBasedGuid, normaliseGuid, qdaGuid } from './qda-guid';

const DNS_NAMESPACE = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('nameBasedGuid', () => {
  it('makes the RFC 4122 version 5 UUID (the well-known www.example.com vector)', () => {
    expect(nameBasedGuid(DNS_NAMESPACE, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('hashes names as UTF-8, so Chinese and astral names get GUIDs too', () => {
    const guid = nameBasedGuid(DNS_NAMESPACE, '乡村振兴𠀀');
    expect(isGuid(guid)).toBe(true);
    expect(guid[14]).toBe('5');
    expect('89ab').toContain(guid[19]);
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => nameBasedGuid('dns', 'x')).toThrow(RangeError);
  });
});

describe('qdaGuid', () => {
  it('keeps an id that is a UUID, in lower case without braces', () => {
    expect(qdaGuid('3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'theme')).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    expect(qdaGuid('{3f2504e0-4f89-41d3-9a0c-0305e82c3301}', 'report')).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  });

  it('gives any other id the same GUID every time, apart per scope', () => {
    const guid = qdaGuid('rural-revitalisation', 'theme');
    expect(isGuid(guid)).toBe(true);
    expect(qdaGuid('rural-revitalisation', 'theme')).toBe(guid);
    expect(qdaGuid('rural-revitalisation', 'report')).not.toBe(guid);
    expect(qdaGuid('rural-revitalisation2', 'theme')).not.toBe(guid);
  });

  it('refuses an empty id', () => {
    expect(() => qdaGuid('', 'theme')).toThrow(RangeError);
  });

  it('derives GUIDs from keys that are GUIDs themselves, unlike qdaGuid', () => {
    const selection = '5e000000-0000-4000-8000-000000000001';
    expect(derivedGuid('note', selection)).not.toBe(selection);
    expect(derivedGuid('note', selection)).toBe(derivedGuid('note', selection));
    expect(derivedGuid('coding', selection)).not.toBe(derivedGuid('note', selection));
  });
});

describe('normaliseGuid and isGuid', () => {
  it.each([
    ['3f2504e0-4f89-41d3-9a0c-0305e82c3301', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    ['{3F2504E0-4F89-41D3-9A0C-0305E82C3301}', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    [' 3f2504e0-4f89-41d3-9a0c-0305e82c3301 ', '3f2504e0-4f89-41d3-9a0c-0305e82c3301'],
    ['{3f2504e0-4f89-41d3-9a0c-0305e82c3301', null],
    ['3f2504e0-4f89-41d3-9a0c-0305e82c330', null],
    ['A', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(normaliseGuid(value)).toBe(expected);
  });

  it('accepts only what the schema pattern accepts', () => {
    expect(isGuid('{3F2504E0-4F89-41D3-9A0C-0305E82C3301}')).toBe(true);
    expect(isGuid('3f2504e04f8941d39a0c0305e82c3301')).toBe(false);
  });
});
