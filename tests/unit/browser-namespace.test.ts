import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionNamespace } from '../../utils/messaging/browser-namespace';

describe('the extension API namespace', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("uses the browser's own namespace when it belongs to an extension, without loading the polyfill", () => {
    const native = { runtime: { id: 'abc' } };
    const polyfill = vi.fn(() => ({ runtime: { id: 'wrapped' } }));
    expect(extensionNamespace({ browser: native }, polyfill)).toBe(native);
    expect(polyfill).not.toHaveBeenCalled();
  });

  it('falls back to the polyfill where there is no namespace, or one without a runtime id (a web page)', () => {
    const wrapped = { runtime: { id: 'wrapped' } };
    expect(extensionNamespace({}, () => wrapped)).toBe(wrapped);
    expect(extensionNamespace({ browser: { runtime: {} } }, () => wrapped)).toBe(wrapped);
    expect(extensionNamespace({ browser: {} }, () => wrapped)).toBe(wrapped);
  });

  it('exports the native namespace as the default when the scope has one', async () => {
    const native = { runtime: { id: 'abc' }, storage: {} };
    vi.stubGlobal('browser', native);
    vi.resetModules();
    const module = await import('../../utils/messaging/browser-namespace');
    expect(module.default).toBe(native);
  });
});
