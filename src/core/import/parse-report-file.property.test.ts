/**
 * The importer's entry point on hostile text: web pages and Markdown built
 * from report sentences and every place markup hides code (scripts, styles,
 * frames, attributes, link targets, comments), in any order, nested or left
 * open; and plain text strewn with control characters. Whatever comes in, a
 * ParseResult or an ImportError comes out, quickly; and nothing the reader
 * shows holds a word of the code or a control character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParseResult } from '../report/report';
import { ImportError } from './import-error';
import { parseReportFile } from './parse-report-file';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
/** A fixed seed keeps CI repeatable; PROPERTY_SEED=random (or another number) searches further. */
const SEED = process.env.PROPERTY_SEED === 'random' ? undefined : Number(process.env.PROPERTY_SEED ?? 20261122);
const params = { numRuns: RUNS, seed: SEED };

/** The longest one parse may take: far more than any needs, far less than a hang. */
const MAX_MS = 2000;

/** Stands for code: it may appear only where a reader never sees words. */
const CODE = 'ZZCODEZZ';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Sentences and headings of an invented report. */
const words = fc.constantFrom(
  '白鹭镇2023年政府工作报告', '各位代表：', '一、2022年工作回顾', '全镇实现地区生产总值12.6亿元，同比增长6.8%。',
  '（一）产业发展提质增效', '新建高标准农田2800亩。', '二、2023年工作安排', '首页 > 政务公开', '【打印】【关闭】', 'a < b > c', '&amp;', '&lt;p&gt;',
);

/** Every string of a parse the reader shows or the library keeps. */
function shownStrings(result: ParseResult): string[] {
  const strings = result.reports.flatMap((r) => [r.title, r.text, r.place, r.speaker, r.source, r.author, r.summary, ...r.hidden.map((h) => h.text)]);
  return [...strings, ...result.hidden.map((h) => h.text), ...(result.compilation?.listed ?? [])].filter((s): s is string => s !== null);
}

/** Parses `bytes` as `name`: the result, or null for an ImportError (anything else fails the test); never slowly. */
async function parseOrRefuse(bytes: Uint8Array, name: string): Promise<ParseResult | null> {
  const started = performance.now();
  try {
    return await parseReportFile(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return null;
  } finally {
    expect(performance.now() - started).toBeLessThan(MAX_MS);
  }
}

/** Markup that carries code where a browser never shows it as words. */
const hiddenCode = fc.constantFrom(
  `<script>${CODE}</script>`, `<script src="${CODE}.js">`, `<style>p{x:${CODE}}</style>`, `<p onclick="${CODE}">`, `<img src=x onerror=${CODE}>`,
  `<a href="javascript:${CODE}">`, `<iframe srcdoc="<p>${CODE}</p>">`, `<iframe>${CODE}</iframe>`, `<!--${CODE}-->`, `<svg onload="${CODE}"><text>${CODE}</text></svg>`,
  `<object data="${CODE}">`, `<embed src="${CODE}">`, `<textarea>${CODE}</textarea>`, `<template>${CODE}</template>`, `<noscript>${CODE}</noscript>`,
  `<select><option>${CODE}</option></select>`, `<base href="${CODE}">`, `<meta http-equiv="refresh" content="0;url=${CODE}">`, `<math><mi>${CODE}</mi></math>`,
  `<input value="${CODE}">`, `<button>${CODE}</button>`, `<form action="${CODE}">`, `<video><source src="${CODE}"></video>`,
);

/** Tags around the text, opened and closed in any order, some never closed. */
const tag = fc.constantFrom('<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<b>', '</b>', '<h1>', '</h1>', '<h2>', '</h2>', '<table><tr><td>', '</td></tr></table>', '<ul><li>', '</li></ul>', '<br>', '<a href="#x">', '</a>', '<article>', '</article>', '<nav>', '</nav>', '</svg>', '</math>', '</p></p>');

const page = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.oneof({ weight: 4, arbitrary: words }, { weight: 3, arbitrary: tag }, { weight: 2, arbitrary: hiddenCode }), { maxLength: 60 }),
  )
  .map(([whole, parts]) => (whole ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title>白鹭镇</title></head><body>${parts.join('')}</body></html>` : parts.join('\n')));

/** Markdown's places for code: raw HTML, link and image targets, link definitions, comments. */
const markdownCode = fc.constantFrom(
  `<script>${CODE}</script>`, `<script>\n${CODE}\n</script>`, `[公告](javascript:${CODE})`, `![图片](https://${CODE}.example/x.png)`, `[附件][1]\n\n[1]: https://${CODE}.example/`,
  `<a href="${CODE}">链接</a>`, `<img src=x onerror="${CODE}">`, `<!-- ${CODE} -->`, `<iframe src="${CODE}"></iframe>`, `<https://${CODE}.example/>`, `<style>\n${CODE}\n</style>`,
);

const markdown = fc
  .array(fc.oneof({ weight: 4, arbitrary: words }, { weight: 1, arbitrary: fc.constantFrom('# ', '## ', '**', '\n', '\n\n', ' ') }, { weight: 2, arbitrary: markdownCode }), { maxLength: 50 })
  .map((parts) => parts.join(''));

/** Control characters a file may hold or a page may spell: C0, DEL, C1, bidirectional controls. */
const control = fc.oneof(
  fc.integer({ min: 0x01, max: 0x08 }),
  fc.integer({ min: 0x0b, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.integer({ min: 0x202a, max: 0x202e }),
  fc.integer({ min: 0x2066, max: 0x2069 }),
).map((code) => String.fromCharCode(code));

// eslint-disable-next-line no-control-regex -- control characters are what must not be there
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('parseReportFile on hostile markup and control characters (property)', () => {
  it('reads any page of report text and hidden code to a result or an ImportError, quickly, no word of the code shown', async () => {
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom('x.html', 'x.htm'), async (html, name) => {
        const result = await parseOrRefuse(encode(html), name);
        if (result) for (const text of shownStrings(result)) expect(text).not.toContain(CODE);
      }),
      params,
    );
  }, 120_000);

  it('reads any Markdown without its raw HTML, link and image targets or comments', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, async (text) => {
        const result = await parseOrRefuse(encode(text), 'x.md');
        if (result) for (const shown of shownStrings(result)) expect(shown).not.toContain(CODE);
      }),
      params,
    );
  }, 120_000);

  it('keeps no control character of a text file, a page or its character references', async () => {
    const spiked = fc.array(fc.oneof(words, control, fc.constantFrom('\n', '\t', ' ')), { maxLength: 60 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(spiked, fc.constantFrom('x.txt', 'x.md', 'x.html'), fc.boolean(), async (text, name, asReferences) => {
        const body = name === 'x.html' && asReferences ? text.replace(CONTROL_GLOBAL, (c) => `&#x${c.charCodeAt(0).toString(16)};`) : text;
        const result = await parseOrRefuse(encode(name === 'x.html' ? `<p>${body.replaceAll('\n', '</p><p>')}</p>` : body), name);
        if (result) for (const shown of shownStrings(result)) expect(shown).not.toMatch(CONTROL);
      }),
      params,
    );
  }, 120_000);
});

const CONTROL_GLOBAL = new RegExp(CONTROL.source, 'gu');
