// The first look starts when the page is parsed: at DOMContentLoaded (after the page's own listeners on the
// document), at load should the page stop that event, at once on a page parsed already; never twice.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenParsed } from '../../inject/when-parsed';

function loadingDocument() {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when the page is parsed', () => {
  it('runs at DOMContentLoaded, after the page’s own listeners on the document, and once only', () => {
    loadingDocument();
    const order: string[] = [];
    whenParsed(document, window, () => order.push('first look'));
    const page = () => order.push('page');
    document.addEventListener('DOMContentLoaded', page);
    expect(order).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    window.dispatchEvent(new Event('load'));
    expect(order).toEqual(['page', 'first look']);
    document.removeEventListener('DOMContentLoaded', page);
  });

  it('runs at load when the page stops DOMContentLoaded on its way', () => {
    loadingDocument();
    const work = vi.fn();
    const stop = (event: Event) => event.stopPropagation();
    document.addEventListener('DOMContentLoaded', stop);
    whenParsed(document, window, work);
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(work).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('load'));
    expect(work).toHaveBeenCalledOnce();
    document.removeEventListener('DOMContentLoaded', stop);
  });

  it('runs at once on a page already parsed', () => {
    const work = vi.fn();
    whenParsed(document, window, work);
    expect(work).toHaveBeenCalledOnce();
  });
});
