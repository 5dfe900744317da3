/** How long the panel may wait for an idle moment before it updates anyway, ms. */
const MAX_IDLE_WAIT_MS = 50;

const waiting = new Set<() => void>();
let isScheduled = false;

function runWaiting(): void {
  isScheduled = false;
  const tasks = [...waiting];
  waiting.clear();
  tasks.forEach((task) => task());
}

/**
 * Runs `task` once the next frame has been drawn, at idle priority: the map shows a change first and the
 * panel around it follows. Tasks queued before that run together, once each, so several changes within a
 * frame (a slider drag, playback) cost the panel one render.
 */
export function runAfterNextFrame(task: () => void): void {
  waiting.add(task);
  if (isScheduled) return;
  isScheduled = true;
  requestAnimationFrame(() => {
    // Safari has no idle callbacks: a task after the frame is the nearest it offers.
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(runWaiting, { timeout: MAX_IDLE_WAIT_MS });
    else setTimeout(runWaiting, 0);
  });
}

/** Forgets a task that has not run yet (its component unmounted). */
export function cancelAfterNextFrame(task: () => void): void {
  waiting.delete(task);
}
