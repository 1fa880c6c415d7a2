// Test helpers for the round trip (utils/round-trip/).
import type { PagePortPeer } from '../../utils/round-trip/channel/port';

/** Two ends of a port, as runtime.connect gives the page and onConnect the background (messages are copied). */
export function portPair(): { page: PagePortPeer; background: PagePortPeer } {
  type End = PagePortPeer & { listeners: Array<(m: unknown) => void>; gone: Array<() => void> };
  const end = (): End => {
    const e: End = {
      name: 'sourcelight/page',
      sender: { tab: { id: 3 } },
      listeners: [],
      gone: [],
      onMessage: { addListener: (l) => e.listeners.push(l) },
      onDisconnect: { addListener: (l) => e.gone.push(l) },
      postMessage: () => {},
      disconnect: () => {},
    };
    return e;
  };
  const page = end();
  const background = end();
  const deliver = (to: End, message: unknown) =>
    setTimeout(() => {
      for (const l of to.listeners) l(JSON.parse(JSON.stringify(message)));
    }, 0);
  page.postMessage = (m) => deliver(background, m);
  background.postMessage = (m) => deliver(page, m);
  page.disconnect = () => {
    for (const l of background.gone) l();
  };
  background.disconnect = () => {
    for (const l of page.gone) l();
  };
  return { page, background };
}
