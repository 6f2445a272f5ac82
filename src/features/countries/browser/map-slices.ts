/**
 * Long work on the map done a slice at a time, and work put off until after a paint, so
 * that no task of it is long on a phone (docs/adr/0012): between two slices the browser
 * answers a tap or a scroll.
 */

/**
 * Drawing yields to the browser whenever it has run this long (ms), so that no task of
 * it is long, even on a phone four times slower: a tap or a scroll meanwhile is answered
 * between two slices.
 */
export const SLICE_MS = 8;
/** Lets the browser run what waits (input, rendering), then goes on: scheduler.yield() where there is one. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs `work` on each item, yielding whenever a slice has run SLICE_MS. */
export async function inSlices<T>(items: Iterable<T>, work: (item: T) => void): Promise<void> {
  let start = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - start >= SLICE_MS) {
      await yieldToMain();
      start = performance.now();
    }
  }
}

/** Runs `work` in a task of its own once the next frame is painted; returns what cancels it. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
