// Client-side navigation (history.pushState, Back), for the first look and the session, neither of which has
// WXT's content script context (see lifetime.ts). The Navigation API's navigate event where the browser has it,
// else a look at the address once a second, as WXT does.
const POLL_MS = 1_000;

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (event: { destination: { url: string } }) => void): void;
}

/** Calls `changed` after each same-page navigation to another address. */
export function watchNavigation(changed: () => void, scope: Window = window): void {
  let last = scope.location.href;
  const arrive = (url: string) => {
    if (url === last) return;
    last = url;
    // After the page's own handler has swapped its content in.
    scope.setTimeout(changed, 0);
  };
  const navigation = (scope as unknown as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('navigate', (event) => arrive(event.destination.url));
    return;
  }
  scope.setInterval(() => arrive(scope.location.href), POLL_MS);
}
