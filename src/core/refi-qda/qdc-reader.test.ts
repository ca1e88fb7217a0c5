import { describe, expect, it } from 'vitest';
import { QdaError } from './qda-error';
import { readQdc } from './qdc-reader';

describe('readQdc', () => {
  it('reads a codebook as another tool writes it: prefixed namespace, braces, no or short colours, no isCodable', () => {
    const xml = `\uFEFF<?xml version="1.0" encoding="utf-8"?>
<!-- exported -->
<q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <q:Codes>
    <q:Code guid="{AAAAAAAA-0000-4000-8000-000000000001}" name=" 经济发展 " isCodable="false">
      <q:Description><![CDATA[稳增长 & 促就业]]></q:Description>
      <q:Code guid="AAAAAAAA-0000-4000-8000-000000000002" name="就业" color="#F0A"/>
    </q:Code>
    <q:Code guid="aaaaaaaa-0000-4000-8000-000000000003" name="民生" color="red"/>
  </q:Codes>
</q:CodeBook>`;
    expect(readQdc(xml)).toEqual({
      codes: [
        {
          guid: 'aaaaaaaa-0000-4000-8000-000000000001',
          name: '经济发展',
          color: null,
          description: '稳增长 & 促就业',
          keywords: [],
          codable: false,
          children: [{ guid: 'aaaaaaaa-0000-4000-8000-000000000002', name: '就业', color: '#ff00aa', description: '', keywords: [], codable: true, children: [] }],
        },
        { guid: 'aaaaaaaa-0000-4000-8000-000000000003', name: '民生', color: null, description: '', keywords: [], codable: true, children: [] },
      ],
    });
  });

  it('takes the codebook of a whole project file', () => {
    const xml = '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="甲" isCodable="true"/></Codes></CodeBook></Project>';
    expect(readQdc(xml).codes.map((code) => code.name)).toEqual(['甲']);
  });

  it('leaves out a code whose GUID repeats, with the codes under it', () => {
    const xml = '<CodeBook><Codes><Code guid="aaaaaaaa-0000-4000-8000-000000000001" name="甲"/><Code guid="AAAAAAAA-0000-4000-8000-000000000001" name="乙"><Code guid="aaaaaaaa-0000-4000-8000-000000000002" name="丙"/></Code></Codes></CodeBook>';
    expect(readQdc(xml).codes.map((code) => code.name)).toEqual(['甲']);
  });

  it.each([
    ['another root element', '<html><body>不是代码本</body></html>'],
    ['no element at all', '就是一段文字'],
    ['nothing', ''],
  ])('refuses %s as not-refi', (_, xml) => {
    expect(() => readQdc(xml)).toThrow(QdaError);
    try {
      readQdc(xml);
    } catch (error) {
      expect((error as QdaError).code).toBe('not-refi');
    }
  });
});
