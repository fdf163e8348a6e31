import { useLayoutEffect, useRef } from 'react';

/**
 * Focus for a confirm step: when it opens, focus moves to its confirm button; when it closes, back to
 * the button that opened it (so a keyboard or screen-reader user is never left on a removed element).
 */
export function useConfirmFocus(asking: boolean) {
  const start = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useLayoutEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  return { start, confirm };
}
