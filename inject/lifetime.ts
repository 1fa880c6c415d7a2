// How long the session may act on a page: until the extension is updated, reloaded or removed under it. Then
// everything it scheduled or listened to is dropped through one AbortSignal, and `onInvalidated` callbacks take
// its marks off the page. Our own, rather than WXT's content script context: that one costs ~0.8 ms to load and
// create on every page with quotations, for features the session does not use.
import { watchNavigation } from './navigation';
import { extensionRuntime } from './runtime';

export class Lifetime {
  private readonly controller = new AbortController();

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

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(this.whileValid(handler), ms);
    this.onInvalidated(() => window.clearTimeout(id));
    return id;
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(this.whileValid(handler), ms);
    this.onInvalidated(() => window.clearInterval(id));
    return id;
  }

  requestAnimationFrame(callback: () => void): void {
    const id = window.requestAnimationFrame(this.whileValid(callback));
    this.onInvalidated(() => window.cancelAnimationFrame(id));
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
