/**
 * A toolbar disclosure (`<details>` menu) that closes as menus do: Escape closes it and
 * returns focus to its summary; a press outside closes it.
 */
import { type RefObject, useEffect } from 'react';

export function useDismiss(details: RefObject<HTMLDetailsElement | null>, open: boolean): void {
  useEffect(() => {
    if (!open) return;
    const close = (refocus: boolean) => {
      if (!details.current) return;
      details.current.open = false;
      if (refocus) details.current.querySelector('summary')?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    const onPointer = (event: PointerEvent) => {
      if (!details.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [details, open]);
}
