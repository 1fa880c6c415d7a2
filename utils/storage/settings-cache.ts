// The reader's settings as the background last read them, read again after every change: a page's answer
// does not wait for storage, whose first read in a worker just woken takes tens of milliseconds. A cache, not
// state: a worker that stops loses it and reads again, and a change drops what was read.
import type { Settings } from './types';

/**
 * `read` gives the settings as stored; `onChange` is told how to drop them once they change. A failed read is
 * not kept, and a read overtaken by a change is not kept past it.
 */
export function cachedSettings(
  read: () => Promise<Settings>,
  onChange: (changed: () => void) => void,
): () => Promise<Settings> {
  let last: Promise<Settings> | null = null;
  onChange(() => {
    last = null;
  });
  return () => {
    if (last) return last;
    const reading = read();
    last = reading;
    reading.catch(() => {
      if (last === reading) last = null;
    });
    return reading;
  };
}
