// Same-page navigations seen by the first look (inject/navigation.ts): through the Navigation API
// where the browser has it, else by looking at the address once a second.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '../../inject/navigation';

type Listener = (event: { destination: { url: string } }) => void;

/** A window whose address and Navigation API the test drives. */
function fakeWindow(withNavigationApi: boolean) {
  const listeners: Listener[] = [];
  const scope = {
    location: { href: 'https://blog.example/post' },
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    setInterval: (fn: () => void, ms: number) => window.setInterval(fn, ms),
    navigation: withNavigationApi
      ? { addEventListener: (_type: string, listener: Listener) => listeners.push(listener) }
      : undefined,
  };
  const navigate = (url: string) => {
    scope.location.href = url;
    for (const listener of listeners) listener({ destination: { url } });
  };
  return { scope: scope as unknown as Window, navigate };
}

describe('watching navigation', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells of each navigation to another address through the Navigation API, once', async () => {
    const { scope, navigate } = fakeWindow(true);
    const changed = vi.fn();
    watchNavigation(changed, scope);
    navigate('https://blog.example/post');
    await vi.advanceTimersByTimeAsync(10);
    expect(changed).not.toHaveBeenCalled();
    navigate('https://blog.example/post?story=next');
    await vi.advanceTimersByTimeAsync(10);
    expect(changed).toHaveBeenCalledTimes(1);
    navigate('https://blog.example/post');
    await vi.advanceTimersByTimeAsync(10);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('looks at the address once a second without it', async () => {
    const { scope } = fakeWindow(false);
    const changed = vi.fn();
    watchNavigation(changed, scope);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(changed).not.toHaveBeenCalled();
    (scope.location as { href: string }).href = 'https://blog.example/post?story=next';
    await vi.advanceTimersByTimeAsync(1_100);
    expect(changed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
