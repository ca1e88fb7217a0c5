/**
 * A saved web page of a report that carries every common way to run script
 * from markup, written by the project: an inline `<script>`, `<img onerror>`,
 * `<svg onload>`, `<iframe src=javascript:>`, a `javascript:` link, a
 * `<body onload>`, a `<details ontoggle>`, a meta refresh and an `<object>`,
 * each between ordinary report paragraphs. Each payload would set
 * `window.__pwned` to its own number; after the report is opened the
 * variable must still be undefined, and only the report's text may be shown.
 */
import { expect, type Page } from '@playwright/test';
import { reader } from './app';

/** The report's title, as its `<title>` and `<h1>` give it. */
export const HOSTILE_REPORT_TITLE = '云栖镇2024年政府工作报告';

/** Sentences of the report the reader must show, each whole. */
export const HOSTILE_REPORT_SENTENCES = [
  '现在，我代表镇人民政府向大会报告工作，请予审议。',
  '全镇茶园面积稳定在一万二千亩，茶农人均增收一千八百元。',
  '新建村级便民服务点六个，群众办事基本不出村。',
  '完成山塘整治十五处，镇域水质保持二类以上。',
  '新建和改造农村公路二十八公里，实现组组通硬化路。',
] as const;

const [opening, tea, service, water, roads] = HOSTILE_REPORT_SENTENCES;

/** The page as a site would serve it, payloads and all. */
export const HOSTILE_REPORT_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=9">
<title>${HOSTILE_REPORT_TITLE}</title>
<script>window.__pwned = 2;</script>
</head>
<body onload="window.__pwned=6">
<h1>${HOSTILE_REPORT_TITLE}</h1>
<p>——2024年1月16日在云栖镇第十八届人民代表大会第三次会议上</p>
<p>镇长\u3000周文清</p>
<p>各位代表：</p>
<p>${opening}<img src="x" onerror="window.__pwned=1"></p>
<h2>一、2023年工作回顾</h2>
<p>${tea}<svg onload="window.__pwned=3"><circle r="4"></circle></svg></p>
<p>${service}<a href="javascript:window.__pwned=4">办事指南</a></p>
<iframe src="javascript:parent.__pwned=5"></iframe>
<p>${water}</p>
<details open ontoggle="window.__pwned=7"><summary>展开</summary></details>
<h2>二、2024年工作安排</h2>
<p>${roads}<object data="javascript:window.__pwned=8"></object></p>
<p>各位代表，让我们在县委、县政府的坚强领导下，为建设美丽云栖而努力奋斗！</p>
</body>
</html>
`;

/** The file the tests import. */
export const HOSTILE_REPORT_FILE = {
  name: '云栖镇2024年政府工作报告.html',
  mimeType: 'text/html',
  buffer: Buffer.from(HOSTILE_REPORT_HTML, 'utf8'),
};

/** What a payload could leave behind in the page: the marker, and the elements and attributes that run script. */
interface PageTraces {
  pwned: string;
  elements: string[];
  handlers: string[];
  scriptUrls: string[];
}

/**
 * Expects the open report to be shown as text only: `window.__pwned` is
 * undefined; the reader holds no script, img, svg, iframe, object, embed,
 * meta, base or form element (and the report's text no details: the reader's
 * own panels use it), no `on…` attribute and no `javascript:` URL; the
 * page has no frame but its own; the payloads' code is nowhere in the text;
 * and every sentence of {@link HOSTILE_REPORT_SENTENCES} is there.
 */
export async function expectReportShownAsTextOnly(page: Page): Promise<void> {
  const main = reader(page);
  await expect(main.getByRole('heading', { level: 1, name: HOSTILE_REPORT_TITLE })).toBeVisible();
  for (const sentence of HOSTILE_REPORT_SENTENCES) await expect(main.getByText(sentence)).toBeVisible();
  await expect(main.getByRole('heading', { name: '一、2023年工作回顾' })).toBeVisible();

  // Give any handler the time to fire (an image error, a load, a toggle) before looking.
  await page.waitForTimeout(500);
  const traces: PageTraces = await main.evaluate((root) => {
    const all = [root, ...root.querySelectorAll('*')];
    return {
      pwned: typeof (window as unknown as { __pwned?: unknown }).__pwned,
      elements: [
        ...root.querySelectorAll('script, img, svg, iframe, object, embed, meta, frame, frameset, base, form'),
        ...root.querySelectorAll('.report-text details'),
      ].map((e) => e.localName),
      handlers: all.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `${e.localName}[${a.name}]`)),
      scriptUrls: all.flatMap((e) =>
        [...e.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${e.localName}[${a.name}]`),
      ),
    };
  });
  expect(traces).toEqual({ pwned: 'undefined', elements: [], handlers: [], scriptUrls: [] });
  expect(page.frames()).toHaveLength(1);
  await expect(main).not.toContainText('__pwned');
  await expect(main).not.toContainText('javascript:');
}
