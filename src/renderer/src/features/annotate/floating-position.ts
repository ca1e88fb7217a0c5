/**
 * Where a floating panel (the selection toolbar, a highlight's popover) goes:
 * under the line it belongs to, or above it when there is no room below,
 * kept inside the window.
 */
import type { CSSProperties } from 'react';

const MARGIN = 8;

/** Fixed-position style for a panel of about `width` × `height` pixels beside `anchor`. */
export function floatingPosition(anchor: DOMRect, width: number, height: number): CSSProperties {
  const viewportWidth = window.innerWidth;
  const viewportHeight = window.innerHeight;
  const left = Math.max(MARGIN, Math.min(anchor.left + anchor.width / 2 - width / 2, viewportWidth - width - MARGIN));
  const below = anchor.bottom + MARGIN;
  const top = below + height <= viewportHeight - MARGIN ? below : Math.max(MARGIN, anchor.top - height - MARGIN);
  return { position: 'fixed', left, top, maxWidth: Math.min(width, viewportWidth - 2 * MARGIN) };
}
