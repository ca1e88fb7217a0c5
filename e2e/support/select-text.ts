/** Selecting a passage of the open report as the analyst would, by dragging the mouse over it. */
import { expect, type Page } from '@playwright/test';

/**
 * Drags the mouse from the first character of `from` to the last of `to`
 * (the first occurrence of each in the report's text, `to` at or after
 * `from`), so the browser makes the selection and the app sees the mouseup.
 */
export async function dragSelect(page: Page, from: string, to: string): Promise<void> {
  const points = await page.evaluate(
    async ({ from, to }) => {
      const root = document.querySelector('.report-text');
      if (!root) throw new Error('no report is open');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const locate = (phrase: string, after: { node: number; offset: number } | null) => {
        for (let i = after?.node ?? 0; i < nodes.length; i += 1) {
          const at = (nodes[i] as Text).data.indexOf(phrase, i === after?.node ? after.offset : 0);
          if (at >= 0) return { node: i, offset: at };
        }
        throw new Error(`“${phrase}” is not in the report`);
      };
      const start = locate(from, null);
      const end = locate(to, start);
      const box = (node: number, offset: number, which: 'first' | 'last') => {
        const range = document.createRange();
        range.setStart(nodes[node] as Text, offset);
        range.setEnd(nodes[node] as Text, offset + 1);
        const rect = range.getBoundingClientRect();
        return { x: which === 'first' ? rect.left + 1 : rect.right - 1, y: rect.top + rect.height / 2 };
      };
      // Blocks far from the viewport are not laid out (content-visibility: auto), so the passage moves as the
      // blocks it passed come near and take their real height: scroll to it until a frame leaves it in place.
      // The passage's first character goes a third of the way down the reader (a long paragraph's own top may be far above it).
      const scroller = root.closest('main') as HTMLElement;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const firstTop = () => {
        const range = document.createRange();
        range.setStart(nodes[start.node] as Text, start.offset);
        range.setEnd(nodes[start.node] as Text, start.offset + 1);
        return range.getBoundingClientRect().top;
      };
      let last = Number.NaN;
      for (let tries = 0; tries < 10; tries += 1) {
        const view = scroller.getBoundingClientRect();
        scroller.scrollTop += firstTop() - (view.top + view.height / 3);
        await frame();
        const top = firstTop();
        if (top === last) break;
        last = top;
      }
      const a = box(start.node, start.offset, 'first');
      const b = box(end.node, end.offset + to.length - 1, 'last');
      return { a, b };
    },
    { from, to },
  );
  await page.mouse.move(points.a.x, points.a.y);
  await page.mouse.down();
  await page.mouse.move((points.a.x + points.b.x) / 2, (points.a.y + points.b.y) / 2, { steps: 4 });
  await page.mouse.move(points.b.x, points.b.y, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('toolbar', { name: '为选中的段落添加主题' })).toBeVisible();
}
