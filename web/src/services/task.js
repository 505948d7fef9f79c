// An asynchronous action's state for the UI: `busy` turns on only after a
// short delay (no flicker for fast answers), `error` keeps the last ApiError,
// and a newer run supersedes an older one (its late answer is dropped).
import { ref } from 'vue';

export const SPINNER_DELAY_MS = 200;

export function useTask(fn, { delay = SPINNER_DELAY_MS } = {}) {
  const busy = ref(false);
  const running = ref(false);
  const error = ref(null);
  let generation = 0;

  async function run(...args) {
    const mine = ++generation;
    error.value = null;
    running.value = true;
    const timer = setTimeout(() => { if (mine === generation) busy.value = true; }, delay);
    try {
      const out = await fn(...args);
      return mine === generation ? out : undefined;
    } catch (e) {
      if (mine === generation) error.value = e;
      return undefined;
    } finally {
      clearTimeout(timer);
      if (mine === generation) { busy.value = false; running.value = false; }
    }
  }
  return { run, busy, running, error };
}
