/**
 * Times one drawing of the report from the start to the first frame after
 * layout: the DOM is built, layout is forced, and the clock stops in a task
 * queued from the next frame's animation callbacks, so it runs once that
 * frame's style, layout and paint are done. Animation callbacks the drawing
 * itself scheduled run in that frame before ours, and tasks they queued run
 * before ours too (the highlight layer lays out its coding stripes in such a
 * task), so both fall inside the time; the frame that then draws the stripes
 * does not.
 */
import type { DrawTiming } from '../bench-data';

/** What a drawing made: the report text element and how many highlights it drew. */
export interface Drawn {
  element: HTMLElement;
  highlights(): number;
}

export function timeDrawing(draw: () => Drawn): Promise<DrawTiming> {
  return new Promise((resolve) => {
    const start = performance.now();
    const since = () => performance.now() - start;
    let frameStart = 0;
    // Registered first, so it runs first in the frame: the callbacks the drawing schedules run after it.
    requestAnimationFrame(() => {
      frameStart = since();
    });
    const drawn = draw();
    const built = since();
    const rect = drawn.element.getBoundingClientRect();
    const laidOut = since();
    requestAnimationFrame(() => {
      const callbacksDone = since();
      setTimeout(() => {
        const total = since();
        resolve({ built, laidOut, frameStart, callbacksDone, total, highlights: drawn.highlights(), width: rect.width, height: rect.height });
      }, 0);
    });
  });
}
