import type { InputSource } from '../state/attract-loop.ts';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'touchstart', 'keydown', 'wheel'] as const;

/**
 * A visitor's pointer, touch, key or wheel anywhere on the page, seen in the capture phase so no handler
 * can hide it. A pointer move without movement is the browser re-checking hover, not a person.
 */
export function domInput(win: Window): InputSource {
  return {
    subscribe(onInput) {
      const listener = (event: Event) => {
        if (event instanceof PointerEvent && event.type === 'pointermove') {
          if (event.movementX === 0 && event.movementY === 0) return;
        }
        onInput();
      };
      const options = { capture: true, passive: true } as const;
      for (const type of INPUT_EVENTS) win.addEventListener(type, listener, options);
      return () => {
        for (const type of INPUT_EVENTS) win.removeEventListener(type, listener, options);
      };
    },
  };
}
