/**
 * Scrolling to a place in a report whose blocks out of view are not laid out
 * (`content-visibility: auto`): their heights are estimates until they come
 * near, so a jump can land a little off once the blocks it passed are laid
 * out. `settleScroll` places the target, then places it again on the next
 * frames until a frame moves nothing (at most `frames` times).
 */
export function settleScroll(scroller: HTMLElement, place: () => void, frames = 6): () => void {
  place();
  let left = frames;
  let last = scroller.scrollTop;
  let id = requestAnimationFrame(function step() {
    place();
    left -= 1;
    if (scroller.scrollTop === last || left === 0) return;
    last = scroller.scrollTop;
    id = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(id);
}
