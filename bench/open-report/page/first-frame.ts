/**
 * Times one drawing of the report from the start to the first frame after
 * layout: the DOM is built, layout is forced, and the clock stops in a task
 * queued from the next frame's animation callbacks, so it runs once that
 * frame's style, layout and paint are done. Animation callbacks the drawing
 * itself scheduled run in that frame before ours, and tasks they queued run
 * before ours too (the highlight layer lays out its coding stripes in such a
 * task), so both fall inside the time; the frame that then draws the stripes
 * does not.
 *
 * A drawing that paints its highlights later, on its own schedule (the text
 * annotator draws from a debounced animation frame), says so with `painted`:
 * the clock then runs on until that settles, in a task queued from the
 * animation frame in which the highlights went in, so that frame's paint is
 * inside the time too, as the first frame's is for the others.
 */
import type { DrawTiming } from '../bench-data';

/** What a drawing made: the report text element and how many highlights it drew. */
export interface Drawn {
  element: HTMLElement;
  /** How many highlights it drew; asked once the clock has stopped, so it may check what was drawn (and throw). */
  highlights(): number;
  /** For a drawing that paints its highlights in a later frame: settles, with how many shapes it painted, once that frame is done. */
  painted?: Promise<number>;
}

export function timeDrawing(draw: () => Drawn): Promise<DrawTiming> {
  return new Promise((resolve, reject) => {
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
        const firstFrame = since();
        // Without `painted` the clock stops here; with it, when it settles (at the earliest, here).
        const painted = drawn.painted ?? Promise.resolve(undefined);
        painted
          .then((shapes) => {
            const total = drawn.painted ? since() : firstFrame;
            const timing: DrawTiming = { built, laidOut, frameStart, callbacksDone, total, highlights: drawn.highlights(), width: rect.width, height: rect.height };
            resolve(shapes === undefined ? timing : { ...timing, painted: shapes });
          })
          .catch(reject);
      }, 0);
    });
  });
}
