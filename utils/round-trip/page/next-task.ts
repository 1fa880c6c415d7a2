// Gives the page's thread back between two slices of our work, and resumes in a task of its own. Not a
// zero-delay timeout: browsers hold a timeout set from a timeout's task 4 ms or more once five are nested,
// which on the 10 MB page (about 160 slices) came to more waiting than work. A message on a channel of our
// own is an ordinary task, queued behind whatever the page has queued, and no event the page can see.

/** Resolves in a later task, or at once when `signal` is aborted. */
export function nextTask(signal: AbortSignal): Promise<void> {
  return new Promise<void>((resume) => {
    if (signal.aborted) {
      resume();
      return;
    }
    const channel = new MessageChannel();
    const done = () => {
      channel.port1.close();
      channel.port2.close();
      signal.removeEventListener('abort', done);
      resume();
    };
    channel.port1.onmessage = done;
    signal.addEventListener('abort', done);
    channel.port2.postMessage(null);
  });
}
