// Where some words of a page's text are, to point at them: shared by the browser tests and the screenshots.
import type { Page } from 'playwright-core';

/** The middle of the first words of `words` on the page (at most 40 px into them), scrolled into view; null when
 * the page does not hold them. */
export function wordsAt(page: Page, words: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      (node.parentElement as Element).scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0];
      return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
    }
    return null;
  }, words);
}
