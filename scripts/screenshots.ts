// `npm run screenshots`: builds the Chrome extension, drives it in Chromium (a fresh profile, the seed post
// served from tests/fixtures/seed) through its own UI, and writes the README's pictures to docs/screenshots/:
// the seed page (light, dark, and 420 px wide), an open claim card, the collapsed bar, the popup's page view
// and library, and the options page. PNGs at device scale 1, so they stay small. A state whose control is not
// in this build (the bar's collapse button, a card that opens on click) is skipped with a message, not faked.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, type ExtensionSession, launchExtension } from '../tests/browser/harness';
import { Overlay } from '../tests/browser/overlay';
import { wordsAt } from '../tests/browser/point-at';

const ROOT = resolve('.');
const OUT = join(ROOT, 'docs/screenshots');
const SEED = '/seed/seed-original.html';
/** A sentence of the seed post's Reuters passage: a claim on every build. */
const CLAIM_WORDS = 'Russian jets carried out at least 30 air strikes';
const VIEWPORT = { width: 1100, height: 760 };

const written: string[] = [];
const skipped: string[] = [];

function skip(name: string, why: string) {
  skipped.push(`${name}: ${why}`);
  console.warn(`! skipped ${name}: ${why}`);
}

async function shoot(page: Page, name: string, fullPage = false) {
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  written.push(`${relative(ROOT, path)} (${Math.round(statSync(path).size / 1024)} kB)`);
}

async function openSeed(session: ExtensionSession, viewport = VIEWPORT): Promise<Page> {
  const page = await session.openPage(SEED);
  await page.setViewportSize(viewport);
  await page.waitForFunction(
    () => document.querySelectorAll('blockquote[data-sourcelight-outlet]').length >= 3,
    undefined,
    { timeout: 20_000 },
  );
  // The overlay draws after the marks; give it a frame or two.
  await page.waitForTimeout(500);
  return page;
}

/** Waits a while for a selector in the overlay; false when it never comes. */
async function appears(overlay: Overlay, selector: string, timeout = 3_000): Promise<boolean> {
  try {
    await overlay.waitFor(selector, true, timeout);
    return true;
  } catch {
    return false;
  }
}

async function seedPages(session: ExtensionSession) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await openSeed(session);
    await page.emulateMedia({ colorScheme });
    await page.waitForTimeout(300);
    await shoot(page, `seed-${colorScheme}`);
    await page.close();
  }
  const narrow = await openSeed(session, { width: 420, height: 760 });
  await shoot(narrow, 'seed-420px');
  await narrow.close();
}

async function card(session: ExtensionSession) {
  const page = await openSeed(session);
  const overlay = await Overlay.of(page);
  // Claims are painted only when the reader asks (issue 14's calm default): ask for the top ones first.
  await overlay.click('[data-action="claims-top"]');
  const point = await wordsAt(page, CLAIM_WORDS);
  if (!point) {
    skip('card', `the seed page has no "${CLAIM_WORDS}"`);
  } else {
    await page.mouse.click(point.x, point.y);
    if (await appears(overlay, '[role="dialog"]')) await shoot(page, 'card');
    else skip('card', 'clicking a claim opened no card in this build');
  }
  await overlay.detach();
  await page.close();
}

async function collapsedBar(session: ExtensionSession) {
  const page = await openSeed(session);
  const overlay = await Overlay.of(page);
  // Whatever the button is called in markup, its accessible name says "collapse" or "minimise".
  const selector = [
    '[data-action="collapse"]',
    '[data-action="collapse-bar"]',
    'button[aria-label*="ollapse"]',
    'button[aria-label*="inimi"]',
  ].join(', ');
  if (await appears(overlay, selector, 1_500)) {
    await overlay.click(selector);
    await page.waitForTimeout(400);
    await shoot(page, 'bar-collapsed');
  } else {
    skip('bar-collapsed', 'the bar has no collapse button in this build (it comes with page-ui)');
  }
  await overlay.detach();
  await page.close();
}

async function popupAndOptions(session: ExtensionSession) {
  const article = await openSeed(session);
  // popup.html in a tab runs what the toolbar popup runs; with the article's tab active it describes it.
  const popup = await session.openPopup();
  await popup.setViewportSize({ width: 460, height: 640 });
  await article.bringToFront();
  await popup.reload();
  await popup.locator('.sl-page-claim').first().waitFor();
  // The first claim of each source, saved through its Save button.
  const groups = popup.locator('.sl-group');
  for (let i = 0; i < (await groups.count()); i += 1) {
    const first = groups.nth(i).locator('.sl-page-claim').first();
    await first.getByRole('button', { name: 'Save' }).click();
    await first.locator('.sl-saved').waitFor();
  }
  await popup.evaluate(() => window.scrollTo(0, 0));
  await shoot(popup, 'popup-page');
  await popup.getByRole('tab', { name: 'Library' }).click();
  await popup.locator('[role="option"]').first().waitFor();
  await shoot(popup, 'popup-library');

  const options = await session.openExtensionPage('options.html');
  await options.setViewportSize({ width: 760, height: 900 });
  await options.locator('.sl-history-list li').first().waitFor();
  await shoot(options, 'options', true);
}

if (!chromiumPath) {
  console.error('No Chromium at /usr/bin/chromium: install it with `apt-get install -y chromium`.');
  process.exit(1);
}
const built = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
mkdirSync(OUT, { recursive: true });

// Paths given here: the harness finds them from its own file, which bundling moves.
const session = await launchExtension({
  extensionPath: join(ROOT, '.output/chrome-mv3'),
  serve: join(ROOT, 'tests/fixtures'),
});
try {
  await seedPages(session);
  await card(session);
  await collapsedBar(session);
  await popupAndOptions(session);
} finally {
  await session.close();
}
console.log(`\nWrote ${written.length} screenshots:\n  ${written.join('\n  ')}`);
if (skipped.length) console.log(`Skipped ${skipped.length}:\n  ${skipped.join('\n  ')}`);
