// The page's overlay as a reader meets it (issue 14): calm by default (passages first, claims only when asked
// for, a legend), cards on intent (a click, a deliberate hover, never a passing pointer) placed beside their
// claim, a bar that folds into a pill and never hides the page's end, a saved claim's note edited in an
// extension frame the page cannot listen to, and axe-core's checks of the card and the bar.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, seriousOnly } from './axe';
import { chromiumPath, type ExtensionSession, launchExtension, libraryClaims } from './harness';
import { Overlay, overlaps, type Rect } from './overlay';

const SEED = '/seed/seed-original.html';
const TOP_CLAIM = 'Russian jets carried out at least 30 air strikes';

async function openSeed(session: ExtensionSession, path = SEED): Promise<{ page: Page; overlay: Overlay }> {
  const page = await session.openPage(path);
  await page.waitForFunction(
    () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length === 3,
    undefined,
    { timeout: 15_000 },
  );
  const overlay = await Overlay.of(page);
  await overlay.waitFor('.summary li');
  return { page, overlay };
}

/** Names of our highlights in the page-readable registry, and how many ranges each holds. */
function registry(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])));
}

const claimNames = (names: Record<string, number>) =>
  Object.keys(names).filter((n) => n.startsWith('sl-claim-'));

/** The viewport rectangles of some words of the page (scrolled into the middle first), and a point inside. */
async function wordsAt(page: Page, words: string): Promise<{ rects: Rect[]; x: number; y: number }> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      (node.parentElement as Element).scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rects = [...range.getClientRects()].map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }));
      return { rects, x: rects[0].left + 30, y: (rects[0].top + rects[0].bottom) / 2 };
    }
    throw new Error(`"${needle}" is not on the page`);
  }, words);
}

/** Asks for the most check-worthy claims and clicks the top one, opening its card. */
async function clickTopClaim(page: Page, overlay: Overlay): Promise<void> {
  await overlay.click('[data-action="claims-top"]');
  const claim = await wordsAt(page, TOP_CLAIM);
  await page.mouse.click(claim.x, claim.y);
  await overlay.waitFor('[role="dialog"]');
}

/** A point in the page's margin, over no text. */
const MARGIN = { x: 3, y: 5 };

describe.skipIf(!chromiumPath)('the page overlay, calm and on intent', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('paints no claim until the reader asks, then the most check-worthy, then all; with a legend', async () => {
    const { page, overlay } = await openSeed(session);
    // Passages and their sources, and nothing else.
    await page.waitForFunction(() => CSS.highlights.size > 0);
    const calm = await registry(page);
    expect(claimNames(calm)).toEqual([]);
    expect(Object.keys(calm).some((name) => name.startsWith('sl-mention-'))).toBe(true);
    const legend = await overlay.texts('.legend li');
    expect(legend).toEqual(expect.arrayContaining([expect.stringMatching(/^Quoted passage/)]));
    expect(legend.some((line) => /claim/i.test(line))).toBe(false);
    expect(await overlay.attribute('[data-action="claims-none"]', 'aria-pressed')).toBe('true');

    await overlay.click('[data-action="claims-top"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sl-claim-')));
    const top = await registry(page);
    const painted = (names: Record<string, number>) =>
      claimNames(names).reduce((sum, name) => sum + names[name], 0);
    expect(painted(top)).toBe(5);
    await overlay.waitFor('.legend .key.claim');

    await overlay.click('[data-action="claims-all"]');
    await page.waitForFunction((n) => {
      let sum = 0;
      for (const [name, h] of CSS.highlights) if (name.startsWith('sl-claim-')) sum += h.size;
      return sum > n;
    }, 5);
    await overlay.click('[data-action="claims-none"]');
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((n) => n.startsWith('sl-claim-')));
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('opens a card on a click, beside the claim and never over it', async () => {
    const { page, overlay } = await openSeed(session);
    await clickTopClaim(page, overlay);
    expect(await overlay.text('[role="dialog"] .text')).toMatch(new RegExp(`^${TOP_CLAIM}`));
    expect(await overlay.text('[role="dialog"] .chain')).toBe(
      'Syrian Observatory for Human Rights, reported by Reuters, quoted by Zero Hedge',
    );
    expect(await overlay.text('[role="dialog"] .why')).toMatch(/^Worth checking: it gives /);
    expect(await overlay.text('[role="dialog"]')).not.toMatch(/Score|\/ 100/);
    // The scoring rules are one click away.
    expect(await overlay.exists('.reasons:not([hidden])')).toBe(false);
    await overlay.click('[data-action="reasons"]');
    await overlay.waitFor('.reasons:not([hidden])');

    const card = (await overlay.boxes('[role="dialog"]'))[0];
    // The claim's lines, measured in the page and as the overlay underlines them.
    const lines = [...(await wordsAt(page, TOP_CLAIM)).rects, ...(await overlay.boxes('.line.active'))];
    const cardNow = (await overlay.boxes('[role="dialog"]'))[0];
    expect(cardNow).toEqual(card);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(overlaps(card, line)).toBe(false);
    const size = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(size.w);

    await page.keyboard.press('Escape');
    await overlay.focus('[role="dialog"] [data-action="reasons"]');
    await page.keyboard.press('Escape');
    await overlay.waitFor('[role="dialog"]', false);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('opens a card after a deliberate hover, never for a pointer passing over the claims', async () => {
    const { page, overlay } = await openSeed(session);
    await overlay.click('[data-action="claims-top"]');
    const claim = await wordsAt(page, TOP_CLAIM);
    // Passing over: across the claim's line and on, without resting. No card, not even for a moment.
    await page.mouse.move(MARGIN.x, claim.y);
    await overlay.watchFor('[role="dialog"]');
    await page.mouse.move(claim.rects[0].right - 5, claim.y, { steps: 12 });
    await page.mouse.move(MARGIN.x, MARGIN.y, { steps: 4 });
    await page.waitForTimeout(1_200);
    expect(await overlay.seen('[role="dialog"]')).toBe(false);

    // Resting on it.
    await page.mouse.move(claim.x, claim.y, { steps: 3 });
    await overlay.waitFor('[role="dialog"]');
    expect(await overlay.text('[role="dialog"] .text')).toMatch(new RegExp(`^${TOP_CLAIM}`));
    // Moving away lets a hovered card go.
    await page.mouse.move(MARGIN.x, MARGIN.y, { steps: 3 });
    await overlay.waitFor('[role="dialog"]', false);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('folds the bar into a pill and back', async () => {
    const { page, overlay } = await openSeed(session);
    await overlay.click('[data-action="collapse-bar"]');
    await overlay.waitFor('section.bar[hidden]');
    expect(await overlay.attribute('[data-action="expand-bar"]', 'aria-expanded')).toBe('false');
    const pill = (await overlay.boxes('[data-action="expand-bar"]'))[0];
    expect(pill.right - pill.left).toBeLessThan(200);
    expect(pill.bottom - pill.top).toBeLessThan(40);
    await overlay.click('[data-action="expand-bar"]');
    await overlay.waitFor('section.bar:not([hidden])');
    expect(await overlay.exists('[data-action="expand-bar"]:not([hidden])')).toBe(false);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('fits a 420 px window and never hides the end of the page', async () => {
    const { page, overlay } = await openSeed(session);
    await page.setViewportSize({ width: 420, height: 760 });
    await overlay.click('[data-action="claims-top"]');
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('sl-claim-')));
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(overflow).toBe(0);
    const lastLine = () =>
      page.evaluate(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let node = walker.nextNode(); node; node = walker.nextNode())
          if ((node as Text).data.trim() && (node.parentElement as HTMLElement).offsetParent)
            last = node as Text;
        const range = document.createRange();
        range.selectNodeContents(last as Text);
        const rects = [...range.getClientRects()];
        const r = rects[rects.length - 1];
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
    const scrollToEnd = () =>
      page.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      );
    for (const folded of [false, true]) {
      if (folded) await overlay.click('[data-action="collapse-bar"]');
      await expect
        .poll(async () => {
          await scrollToEnd();
          const bar = (await overlay.boxes('.bar-root'))[0];
          return overlaps(bar, await lastLine());
        })
        .toBe(false);
      const bar = (await overlay.boxes('.bar-root'))[0];
      expect(bar.right).toBeLessThanOrEqual(420);
    }
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('edits a saved claim’s note in an extension frame; the page hears none of the keys', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = heard;
      for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input'])
        window.addEventListener(type, (event) => heard.push(`${type}:${(event as KeyboardEvent).key}`), true);
    });
    await page.goto(`${session.baseUrl}${SEED}`);
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length === 3,
    );
    const overlay = await Overlay.of(page);
    await clickTopClaim(page, overlay);
    await overlay.click('[role="dialog"] [data-action="save"]');
    await overlay.waitFor('[role="dialog"] iframe.note');

    const frame = async () => {
      for (let i = 0; i < 100; i++) {
        const found = page.frames().find((f) => f.url().includes('/note-frame.html'));
        if (found) return found;
        await page.waitForTimeout(100);
      }
      throw new Error('The note frame never loaded');
    };
    const editor = await frame();
    const note = editor.getByLabel('Your note');
    await expect.poll(() => note.isEnabled()).toBe(true);
    await note.click();
    await note.pressSequentially('Private thoughts');
    await editor.getByRole('button', { name: 'Save note' }).click();
    await editor.getByText('Saved.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);

    const saved = (await libraryClaims(session)).filter((c) => c.savedAt !== null);
    expect(saved.map((c) => [c.text.slice(0, TOP_CLAIM.length), c.note])).toEqual([
      [TOP_CLAIM, 'Private thoughts'],
    ]);

    // Another visit, claims not asked for: the saved claim still opens its card, with its note.
    await page.reload();
    await page.waitForFunction(
      () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length === 3,
    );
    const again = await Overlay.of(page);
    await again.waitFor('.line.saved');
    const spot = await wordsAt(page, TOP_CLAIM);
    await page.mouse.click(spot.x, spot.y);
    await again.waitFor('[role="dialog"] iframe.note');
    const reread = (await frame()).getByLabel('Your note');
    await expect.poll(() => reread.inputValue()).toBe('Private thoughts');
    await again.detach();
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });

  it('has no serious or critical accessibility problem in the bar and an open card (axe-core)', async () => {
    const { page, overlay } = await openSeed(session);
    await clickTopClaim(page, overlay);
    await overlay.click('[data-action="reasons"]');
    // Our shadow root is closed, and axe stops at closed roots: it checks a copy of the overlay as rendered
    // (its markup and stylesheet, its host's style) put in an open root on the same page.
    const copy = await overlay.copyIntoOpenRoot();
    const inCard = seriousOnly(await axeViolations(page, copy));
    expect(inCard, describeViolations(inCard)).toEqual([]);
    await page.evaluate((selector) => document.querySelector(selector)?.remove(), copy);
    // The folded pill too.
    await page.keyboard.press('Escape');
    await overlay.click('[data-action="collapse-bar"]');
    await overlay.waitFor('section.bar[hidden]');
    const pill = await overlay.copyIntoOpenRoot();
    const inPill = seriousOnly(await axeViolations(page, pill));
    expect(inPill, describeViolations(inPill)).toEqual([]);
    await overlay.detach();
    await page.close();
    session.assertNoErrors();
  });
});
