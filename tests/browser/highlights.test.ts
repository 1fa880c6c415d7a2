// What the reader sees in a page, in real Chromium with the built extension: passages marked with their
// outlets, the provenance bar and its toggle, claim cards and saving, client-side navigation, and an
// extension reload that leaves the page clean. The overlay lives in a closed shadow root, which page scripts
// (and Playwright's locators) cannot enter; the tests reach it through the DevTools protocol, which can.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  chooseForSite,
  chromiumPath,
  type ExtensionSession,
  launchExtension,
  libraryClaims,
} from './harness';
import { Overlay } from './overlay';
import { wordsAt } from './point-at';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(ROOT, 'test-results');
const SEEDS = ['/seed/seed-original.html', '/seed/seed-syndicated.html'];

/** Outlet and kind marks on the page's elements, in page order. */
function marks(page: Page, selector = '[data-sourcelight-kind]') {
  return page.$$eval(selector, (els) =>
    els.map((el) => ({
      tag: el.tagName,
      outlet: el.getAttribute('data-sourcelight-outlet'),
      kind: el.getAttribute('data-sourcelight-kind'),
    })),
  );
}

async function waitForMarks(page: Page, count: number) {
  await page.waitForFunction(
    (n) => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length === n,
    count,
    { timeout: 15_000 },
  );
}

/** The page's text as the reader sees it (innerText, not textContent: layout decides what is read). */
// biome-ignore lint/performance/useDomNodeTextContent: what the reader sees is the point of the check.
const readerText = () => document.body.innerText;

/** The page as its author wrote it, loaded where the content script does not run (about:blank). */
async function pristine(session: ExtensionSession, path: string) {
  const page = await session.context.newPage();
  await page.setContent(readFileSync(join(ROOT, 'tests/fixtures', path), 'utf8'));
  const copy = {
    text: await page.evaluate(readerText),
    html: await page.evaluate(() => document.body.innerHTML),
  };
  await page.close();
  return copy;
}

/** The rectangle of some words of the page's text, to point at them. */
async function pointAt(page: Page, words: string) {
  const point = await wordsAt(page, words);
  if (!point) throw new Error(`"${words}" is not on the page`);
  return point;
}

describe.skipIf(!chromiumPath)('highlights in the page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
    mkdirSync(RESULTS, { recursive: true });
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(SEEDS)('marks the passages of %s with their outlets and leaves its text alone', async (path) => {
    const original = await pristine(session, path);
    const page = await session.openPage(path);
    await waitForMarks(page, 3);

    expect(await marks(page, 'blockquote[data-sourcelight-kind]')).toEqual([
      { tag: 'BLOCKQUOTE', outlet: 'Reuters', kind: 'outlet' },
      { tag: 'BLOCKQUOTE', outlet: 'BBC', kind: 'outlet' },
      { tag: 'BLOCKQUOTE', outlet: 'Reuters', kind: 'outlet' },
    ]);
    // The self-quote sits inline in the first paragraph: Zero Hedge's own words.
    const self = await marks(page, '[data-sourcelight-kind="self"]');
    expect(self).toEqual([{ tag: 'P', outlet: 'Zero Hedge', kind: 'self' }]);
    // The paragraph that goes on with Reuters' speaker outside the blockquote is Reuters' too.
    const continuation = await page.$eval(
      'blockquote + p',
      (p) => `${p.getAttribute('data-sourcelight-outlet')}: ${p.textContent?.slice(0, 20)}`,
    );
    expect(continuation).toBe("Reuters: Kafr Nabuda's captur");

    // Lead-in mentions are painted with the Highlight API, styled from one <style> of ours; claims only once
    // the reader asks for them (page-ui.test.ts).
    const painted = await page.evaluate(() => ({
      names: [...CSS.highlights.keys()].sort(),
      styles: document.querySelectorAll('style[data-sourcelight]').length,
    }));
    expect(painted.styles).toBe(1);
    expect(painted.names.filter((name) => name.startsWith('sl-claim-'))).toEqual([]);
    // The outlet's name in each lead-in, and the self-quote's words, are painted too.
    const painted2 = await page.evaluate(() => {
      const textOf = (r: AbstractRange) =>
        (r.startContainer as Text).data.slice(
          r.startOffset,
          r.startContainer === r.endContainer ? r.endOffset : undefined,
        );
      const mentions: string[] = [];
      const inline: string[] = [];
      for (const [name, highlight] of CSS.highlights) {
        const list = name.startsWith('sl-mention-')
          ? mentions
          : name.startsWith('sl-inline-')
            ? inline
            : null;
        if (list) for (const r of highlight) list.push(textOf(r as AbstractRange));
      }
      return { mentions: mentions.sort(), inline };
    });
    expect(painted2.mentions).toEqual(['BBC', 'Reuters', 'Reuters']);
    expect(painted2.inline).toHaveLength(1);
    expect(painted2.inline[0]).toMatch(/^In case it wasn’t clear enough/);

    const overlay = await Overlay.of(page);
    await overlay.waitFor('.badge');
    const badges = await overlay.texts('.badge');
    expect(badges).toEqual(
      expect.arrayContaining(['Zero Hedge · self-quote', 'Reuters · outlet', 'BBC · outlet']),
    );
    expect(await overlay.hasRegion('Sourcelight: sources on this page')).toBe(true);
    expect(await overlay.attribute('section[aria-label]', 'aria-label')).toBe(
      'Sourcelight: sources on this page',
    );
    const summary = await overlay.text('.summary');
    expect(summary).toMatch(/Reuters \d+%/);
    expect(summary).toMatch(/BBC \d+%/);
    expect(summary).toMatch(/Zero Hedge's own words \d+%/);

    expect(await page.evaluate(readerText)).toBe(original.text);
    await page.screenshot({
      path: join(RESULTS, `highlights-${path.split('/').pop()?.replace('.html', '')}.png`),
    });
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('turns highlights off and on from the bar, by mouse and keyboard, and remembers the site', async () => {
    onTestFinished(() => chooseForSite(session, true));
    const path = '/seed/seed-original.html';
    const original = await pristine(session, path);
    const page = await session.openPage(path);
    await waitForMarks(page, 3);
    const overlay = await Overlay.of(page);

    await overlay.click('[data-action="toggle-highlights"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-sourcelight-kind]').length === 0);
    const off = await page.evaluate(() => ({
      html: document.body.innerHTML,
      styles: document.querySelectorAll('style[data-sourcelight]').length,
      highlights: CSS.highlights.size,
      outletMarks: document.querySelectorAll('[data-sourcelight-outlet]').length,
    }));
    // Off means the page is exactly as its author wrote it.
    expect(off).toEqual({
      html: original.html,
      styles: 0,
      highlights: 0,
      outletMarks: 0,
    });
    expect(await page.evaluate(readerText)).toBe(original.text);
    await overlay.waitFor('[data-action="toggle-highlights"][aria-pressed="false"]');
    expect(await overlay.exists('.badge')).toBe(false);

    // The choice is remembered for the site: a reload keeps them off.
    await page.reload();
    await overlay.waitFor('[data-action="toggle-highlights"][aria-pressed="false"]');
    expect(await page.locator('[data-sourcelight-kind]').count()).toBe(0);

    // The bar is reachable from the keyboard: Tab past the page's links into it, Enter on the switch.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'SOURCELIGHT-OVERLAY');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await waitForMarks(page, 3);
    expect(await page.evaluate(readerText)).toBe(original.text);

    await page.reload();
    await waitForMarks(page, 3);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('shows a claim card on hover and saves the claim', async () => {
    const page = await session.openPage('/seed/seed-original.html');
    await waitForMarks(page, 3);
    const overlay = await Overlay.of(page);
    await overlay.click('[data-action="claims-top"]');

    const point = await pointAt(page, 'Russian jets carried out at least 30 air strikes');
    await page.mouse.move(2, point.y);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await overlay.waitFor('[role="dialog"]');
    expect(await overlay.text('[role="dialog"] .text')).toMatch(
      /^Russian jets carried out at least 30 air strikes/,
    );
    expect(await overlay.text('[role="dialog"] .chain')).toBe(
      'Syrian Observatory for Human Rights, reported by Reuters, quoted by Zero Hedge',
    );
    expect((await overlay.texts('[role="dialog"] .reasons li')).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'highlights-card-hover.png') });

    await overlay.click('[role="dialog"] [data-action="save"]');
    // Saved claims are underlined in the overlay, not in the page-readable highlight registry.
    await overlay.waitFor('.line.saved');
    expect(await overlay.text('[role="dialog"] .status')).toBe('Saved to your library.');

    const saved = await libraryClaims(session);
    expect(saved).toHaveLength(1);
    expect(saved[0].text).toMatch(/^Russian jets carried out at least 30 air strikes/);
    expect(saved[0].note).toBe('');
    expect(saved[0].outlet).toBe('Reuters');
    expect(saved[0].speaker?.name).toBe('Syrian Observatory for Human Rights');

    // Escape closes the card.
    await overlay.focus('[role="dialog"] [data-action="unsave"]');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', false);
    await page.screenshot({ path: join(RESULTS, 'highlights-saved.png') });
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('steps through the claims from the bar, opening each card', async () => {
    const page = await session.openPage('/seed/seed-original.html');
    await waitForMarks(page, 3);
    const overlay = await Overlay.of(page);
    await overlay.click('[data-action="claims-all"]');

    await overlay.click('[data-action="next-claim"]');
    await overlay.waitFor('[role="dialog"]');
    const first = await overlay.text('[role="dialog"] .text');
    expect(await overlay.text('.count')).toMatch(/^Claim 1 of \d+$/);
    await overlay.click('[data-action="next-claim"]');
    await overlay.waitFor('[role="dialog"]');
    expect(await overlay.text('.count')).toMatch(/^Claim 2 of \d+$/);
    expect(await overlay.text('[role="dialog"] .text')).not.toBe(first);
    // The card has focus, so the reader can go on from it with the keyboard.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SOURCELIGHT-OVERLAY');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', false);

    // The blogger's own sentences can be left out of the highlights, and brought back.
    expect(await page.evaluate(() => CSS.highlights.has('sl-claim-commentary'))).toBe(true);
    await overlay.click('[data-action="toggle-commentary"]');
    await page.waitForFunction(() => !CSS.highlights.has('sl-claim-commentary'));
    expect(await page.evaluate(() => CSS.highlights.has('sl-claim-high'))).toBe(true);
    await overlay.click('[data-action="toggle-commentary"]');
    await page.waitForFunction(() => CSS.highlights.has('sl-claim-commentary'));

    await page.setViewportSize({ width: 1000, height: 800 });
    await overlay.click('[data-action="previous-claim"]');
    await overlay.waitFor('[role="dialog"]');
    await page.screenshot({ path: join(RESULTS, 'highlights-card.png') });
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('follows a client-side navigation (pushState) to another article, and back', async () => {
    const page = await session.openPage('/nav/blog.html');
    await waitForMarks(page, 2);
    const outlets = () =>
      page.$$eval('blockquote[data-sourcelight-outlet]', (els) =>
        els.map((e) => e.getAttribute('data-sourcelight-outlet')),
      );
    expect(await outlets()).toEqual(['Associated Press', 'The Guardian']);
    const overlay = await Overlay.of(page);
    await overlay.waitFor('.summary');
    expect(await overlay.text('.summary')).toMatch(/Associated Press/);

    await page.click('a[data-story="grain"]');
    expect(page.url()).toMatch(/\?story=grain$/);
    await page.waitForFunction(
      () =>
        document
          .querySelector('blockquote[data-sourcelight-outlet]')
          ?.getAttribute('data-sourcelight-outlet') === 'Bloomberg',
      undefined,
      { timeout: 15_000 },
    );
    await waitForMarks(page, 2);
    expect(await outlets()).toEqual(['Bloomberg', 'Al Jazeera']);
    expect(await overlay.text('.summary')).toMatch(/Bloomberg \d+%/);
    expect(await overlay.text('.summary')).not.toMatch(/Associated Press/);

    await page.goBack();
    await page.waitForFunction(
      () =>
        document
          .querySelector('blockquote[data-sourcelight-outlet]')
          ?.getAttribute('data-sourcelight-outlet') === 'Associated Press',
      undefined,
      { timeout: 15_000 },
    );
    expect(await outlets()).toEqual(['Associated Press', 'The Guardian']);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('loads the rest of Sourcelight when quotations arrive late on a page that had none', async () => {
    const page = await session.openPage('/pages/trap-empty-article.html');
    await page.waitForTimeout(500);
    expect(await page.locator('sourcelight-overlay').count()).toBe(0);
    // The page's own script brings in an aggregated post (as infinite scroll or a lazy body would).
    await page.evaluate(async () => {
      const html = await (await fetch('/nav/blog.html')).text();
      const story = new DOMParser().parseFromString(html, 'text/html').querySelector('#story-grain');
      const article = document.createElement('article');
      article.innerHTML = story?.innerHTML ?? '';
      document.body.append(article);
    });
    await waitForMarks(page, 2);
    expect(
      await page.$$eval('blockquote[data-sourcelight-outlet]', (els) =>
        els.map((e) => e.getAttribute('data-sourcelight-outlet')),
      ),
    ).toEqual(['Bloomberg', 'Al Jazeera']);
    await page.close();
    session.assertNoErrors();
  });

  it('leaves a page without quotations untouched', async () => {
    const page = await session.context.newPage();
    // The page's own message listeners hear nothing from us (WXT's old "script started" postMessage is off).
    await page.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { __heard: unknown[] }).__heard = heard;
      window.addEventListener('message', (event) => heard.push(event.data));
    });
    await page.goto(`${session.baseUrl}/pages/trap-empty-article.html`);
    await page.waitForTimeout(500);
    expect(await page.locator('sourcelight-overlay').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('style[data-sourcelight]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard)).toEqual([]);
    await page.close();
    session.assertNoErrors();
  });
});

describe.skipIf(!chromiumPath)('an extension reload under an open page', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('cleans up the orphaned highlights without errors', async () => {
    const page = await session.openPage('/seed/seed-original.html');
    await waitForMarks(page, 3);
    const worker = await session.serviceWorker();
    await worker
      .evaluate(() =>
        (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
      )
      .catch(() => undefined);

    // The old script notices on its next event or check, and takes everything of its own off the page.
    const point = await pointAt(page, 'Russian jets carried out at least 30 air strikes');
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-sourcelight-kind]').length === 0,
      undefined,
      {
        timeout: 10_000,
      },
    );
    expect(await page.locator('sourcelight-overlay').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.mouse.move(point.x + 5, point.y + 40, { steps: 3 });
    await page.waitForTimeout(200);
    session.assertNoErrors();
  });
});
