import { useEffect, useRef } from 'react';

/**
 * A ref for a <dialog> shown as a modal as soon as it mounts: focus moves
 * into it, the rest of the page is inert, and Esc fires its `cancel` event.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return dialog;
}
