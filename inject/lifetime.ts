// How long the session may act on a page: until the extension is updated, reloaded or removed under it. Then
// everything it scheduled or listened to is dropped through one AbortSignal, and `onInvalidated` callbacks take
// its marks off the page. Our own, rather than WXT's content script context: that one costs ~0.8 ms to load and
// create on every page with quotations, for features the session does not use.
import { watchNavigation } from './navigation';
import { extensionRuntime } from './runtime';

export class Lifetime {
  private readonly controller = new AbortController();
  /** How to cancel each timer and frame still pending, dropped as it fires: one abort listener for them all,
   * rather than one added per timer and never removed (a page's first drawing sets dozens). */
  private readonly pending = new Set<() => void>();

  constructor() {
    this.onInvalidated(() => {
      for (const cancel of this.pending) cancel();
      this.pending.clear();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Checked on every event and timer of ours: the moment the extension is found gone, the session ends. */
  get isInvalid(): boolean {
    if (!this.controller.signal.aborted && extensionRuntime() === null) this.controller.abort();
    return this.controller.signal.aborted;
  }

  onInvalidated(callback: () => void): void {
    this.controller.signal.addEventListener('abort', callback, { once: true });
  }

  /** `work`, run only while the lifetime lasts. */
  private whileValid(work: () => void): () => void {
    return () => {
      if (!this.isInvalid) work();
    };
  }

  /** `work` run once, its cancelling forgotten as it runs. */
  private once(work: () => void, cancel: () => void): () => void {
    this.pending.add(cancel);
    return () => {
      this.pending.delete(cancel);
      if (!this.isInvalid) work();
    };
  }

  setTimeout(handler: () => void, ms: number): number {
    let id = 0;
    const cancel = () => window.clearTimeout(id);
    id = window.setTimeout(this.once(handler, cancel), ms);
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(this.whileValid(handler), ms);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: () => void): void {
    let id = 0;
    const cancel = () => window.cancelAnimationFrame(id);
    id = window.requestAnimationFrame(this.once(callback, cancel));
  }

  addEventListener<K extends keyof WindowEventMap | keyof DocumentEventMap>(
    target: Window | Document,
    type: K,
    handler: (event: K extends keyof WindowEventMap ? WindowEventMap[K] : Event) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** Same-page navigations (pushState, Back) while the session lives. */
  onNavigation(changed: () => void): void {
    watchNavigation(this.whileValid(changed), window);
  }
}
