// The one element Sourcelight adds to a page: a host appended to <html>, with a closed shadow root holding the
// overlay (passage marks, badges, claim card, provenance bar). Closed, so page scripts cannot reach inside;
// its own styles, so the page's cannot either.
import { PageOverlay } from '../components/page/page-overlay';
import { OVERLAY_CSS } from '../components/page/styles';
import type { OverlayActions, OverlayView } from '../components/page/view';
import { loadCardLayer } from './card-loader';

export const HOST_TAG = 'sourcelight-overlay';

// The host's own box: a zero-size point at the document's origin, above the page, letting the pointer through.
const HOST_STYLE = [
  'all: initial !important',
  'position: absolute !important',
  'top: 0 !important',
  'left: 0 !important',
  'width: 0 !important',
  'height: 0 !important',
  'margin: 0 !important',
  'padding: 0 !important',
  'border: 0 !important',
  'overflow: visible !important',
  'z-index: 2147483647 !important',
  'pointer-events: none !important',
  'display: block !important',
].join('; ');

export interface OverlayHost {
  host: HTMLElement;
  /** Whether a node is ours (for the mutation observer). */
  contains(node: Node): boolean;
  render(view: OverlayView, actions: OverlayActions): void;
  /** An element inside the shadow root, e.g. the bar's "next claim" button to give focus back to. */
  query(selector: string): HTMLElement | null;
  destroy(): void;
}

export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = doc.createElement('div');
  shadow.append(style, container);
  // Keys typed in the note field must not reach the page's own shortcuts ("j", "k", "/").
  for (const type of ['keydown', 'keyup', 'keypress']) {
    shadow.addEventListener(type, (event) => event.stopPropagation());
  }
  doc.documentElement.append(host);
  const overlay = new PageOverlay(container, loadCardLayer);

  return {
    host,
    contains: (node) => node === host,
    render(view, actions) {
      void overlay.render(view, actions);
    },
    query: (selector) => shadow.querySelector<HTMLElement>(selector),
    destroy() {
      overlay.destroy();
      host.remove();
    },
  };
}
