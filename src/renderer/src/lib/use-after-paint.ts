/**
 * A value handed on only once the frame that shows the change has been
 * painted: for work that follows what the analyst is waiting for (the heat
 * map's chart after the matrix and its summary line), so that it neither
 * holds up that frame nor shares a task with it.
 */
import { useEffect, useState } from 'react';

/** `value`, from the task after the next frame on; null until then (after each change, the last value handed on). */
export function useAfterPaint<T>(value: T): T | null {
  const [handed, setHanded] = useState<T | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setHanded(value), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [value]);
  return handed;
}
