// The extension's runtime as a content script sees it, without the polyfill: `browser` or `chrome`, whichever
// the browser has. Null once the extension has been updated, reloaded or removed under the page (the runtime
// loses its id, or throws on access).
import type { PagePortPeer } from '../utils/round-trip/channel/port';

export interface Runtime {
  id?: string;
  getURL(path: string): string;
  connect(options: { name: string }): PagePortPeer;
}

export function extensionRuntime(): Runtime | null {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  try {
    const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
    return runtime?.id ? runtime : null;
  } catch {
    return null;
  }
}

/** The note editor for a saved claim: an extension page (entrypoints/note-frame/) framed in the claim's card. */
export function noteFrameUrl(claimId: string): string | null {
  const runtime = extensionRuntime();
  return runtime ? `${runtime.getURL('/note-frame.html')}?claim=${encodeURIComponent(claimId)}` : null;
}
