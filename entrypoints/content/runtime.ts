// The extension's runtime as a content script sees it, without the polyfill: `browser` or `chrome`, whichever
// the browser has. Null once the extension has been updated, reloaded or removed under the page (the runtime
// loses its id, or throws on access).

export interface Runtime {
  id?: string;
  getURL(path: string): string;
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
