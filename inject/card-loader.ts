// The claim card's code (components/page/card-layer.tsx), loaded the first time a card opens. In Chrome it is a
// module of its own beside the session (content-scripts/card.js, built by scripts/build-session.mjs), web-
// accessible with use_dynamic_url like the session (wxt.config.ts); Firefox's build carries it inside the
// content script, as it does the session (load-session.ts).
import type { CardLayer } from '../components/page/view';
import { extensionRuntime } from './runtime';

export const CARD_MODULE = 'content-scripts/card.js';

/** The card's module; rejects, with why, when it cannot be had (the extension went away, a browser refusing). */
export async function loadCardLayer(): Promise<CardLayer> {
  if (import.meta.env.FIREFOX) return import('../components/page/card-layer');
  const runtime = extensionRuntime();
  if (!runtime) throw new Error('Sourcelight was updated or removed since the page was opened');
  return (await import(/* @vite-ignore */ runtime.getURL(`/${CARD_MODULE}`))) as CardLayer;
}
