import { chromium } from '@playwright/test';
import { serveFolder } from './static-server';
import { BENCH_PAGE_DIR } from './vite.bench.config';
const server = await serveFolder(BENCH_PAGE_DIR);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.addInitScript(() => { (globalThis as any).__name = (f: unknown) => f; });
await page.goto(`${server.origin}/?variant=pm-layer`);
await page.waitForFunction(() => window.benchResult !== undefined);
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => {
  const stripes = document.querySelectorAll('.coding-stripe').length;
  const top = document.querySelector('.report-text')!.getBoundingClientRect().top;
  const lanes: { lane: number; top: number; bottom: number }[] = [];
  const bbox: { lane: number; top: number; bottom: number }[] = [];
  let lane = 0; let rectHeights = new Map<number, number>();
  for (const [, set] of CSS.highlights) {
    for (const range of set as unknown as Set<Range>) {
      for (const r of (range as Range).getClientRects()) { if (r.height > 0) { lanes.push({ lane, top: r.top - top, bottom: r.bottom - top }); rectHeights.set(Math.round(r.height), (rectHeights.get(Math.round(r.height)) ?? 0) + 1); } }
      const b = (range as Range).getBoundingClientRect(); bbox.push({ lane, top: b.top - top, bottom: b.bottom - top });
    }
    lane++;
  }
  const merge = (boxes: typeof lanes, gap: number) => { const s = [...boxes].sort((a, b) => a.lane - b.lane || a.top - b.top); let n = 0; let last: any = null; for (const b of s) { if (last && last.lane === b.lane && b.top <= last.bottom + gap) last.bottom = Math.max(last.bottom, b.bottom); else { n++; last = { ...b }; } } return n; };
  const p = document.querySelector('.report-text p')!; const cs = getComputedStyle(p);
  return { stripes, lineRects: lanes.length, rectHeights: [...rectHeights], lineHeight: cs.lineHeight, gap2: merge(lanes, 2), gap17: merge(lanes, 17), bboxGap2: merge(bbox, 2), bboxGap17: merge(bbox, 17) };
}));
await browser.close(); await server.close();
