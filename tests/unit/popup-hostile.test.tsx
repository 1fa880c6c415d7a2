// Text from pages reaches the popup only as text: with claims, notes, titles and outlets full of markup and
// javascript: URLs, no element is created from them, no script runs, and every link is http(s).
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/library/PopupApp';
import type { TabState } from '../../utils/messaging/protocol';
import type { ClaimRecord } from '../../utils/storage/types';
import hostileBackup from '../fixtures/hostile/hostile-backup.json';
import { buttonNamed, click, fakeApi, renderTarget, settle } from './popup-helpers';

const records = hostileBackup.claims as unknown as ClaimRecord[];
const MARKUP_TAGS = ['img', 'script', 'svg', 'b', 'i', 'iframe', 'object', 'embed'];

const target = renderTarget();

beforeEach(() => {
  delete (window as { __pwned?: unknown }).__pwned;
});

function expectOnlyText(root: HTMLElement) {
  for (const tag of MARKUP_TAGS) expect(root.querySelectorAll(tag)).toHaveLength(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
  }
  for (const link of root.querySelectorAll('a')) expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}

describe('hostile page text in the popup', () => {
  it('shows the library rows as text', async () => {
    const { api } = fakeApi(records);
    render(<PopupApp api={api} initialView="library" />, target.el);
    await settle();
    const rows = target.el.querySelectorAll('[role="option"]');
    expect(rows.length).toBe(records.length);
    expect(target.el.textContent).toContain('<img src=x onerror="window.__pwned=1">');
    expect(target.el.textContent).toContain('=HYPERLINK(');
    expectOnlyText(target.el);
  });

  it('shows a claim opened for editing, with its note and page, as text and without a javascript: link', async () => {
    const { api } = fakeApi(records);
    render(<PopupApp api={api} initialView="library" />, target.el);
    await settle();
    for (const id of ['hostile-1', 'hostile-4', 'hostile-5', 'hostile-6']) {
      const index = records.findIndex((r) => r.id === id);
      const row = [...target.el.querySelectorAll('[role="option"]')].find((r) =>
        r.textContent?.includes(records[index].text.slice(0, 20)),
      );
      await click(row);
      const editor = target.el.querySelector('form.sl-editor') as HTMLFormElement;
      expect(editor).not.toBeNull();
      expect((editor.querySelector('textarea') as HTMLTextAreaElement).value).toBe(records[index].note);
      expect(editor.querySelector('blockquote')?.textContent).toBe(records[index].text);
      expectOnlyText(target.el);
      await click(buttonNamed(target.el, 'Back to list'));
    }
    // The javascript: page address is shown, but not as a link.
    expect(target.el.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });

  it('shows the current page, its breakdown and its claims as text', async () => {
    const state: TabState = {
      report: {
        url: 'https://hostile.example/post',
        title: '<img src=x onerror="window.__pwned=5">',
        publication: '<script>window.__pwned=6</script>',
        aggregated: true,
        quotes: [],
        posts: [],
        breakdown: [
          { source: '<b onmouseover="window.__pwned=7">Reuters</b>', kind: 'outlet', chars: 10, share: 0.5 },
        ],
        warnings: [],
      },
      claims: records.map(
        ({
          pageUrl: _p,
          pageTitle: _t,
          savedAt: _s,
          note: _n,
          tags: _g,
          updatedAt: _u,
          orphanedAt: _o,
          ...c
        }) => c,
      ),
      highlightsOn: true,
    };
    const { api } = fakeApi([], { tabId: 3, state });
    render(<PopupApp api={api} />, target.el);
    await settle();
    expect(target.el.querySelector('h2')?.textContent).toBe('<img src=x onerror="window.__pwned=5">');
    expect(target.el.textContent).toContain('<b onmouseover="window.__pwned=7">Reuters</b>');
    expect(target.el.querySelectorAll('.sl-page-claim')).toHaveLength(records.length);
    expectOnlyText(target.el);
  });

  it('lists hostile orphans as text', async () => {
    const { api } = fakeApi(records.map((r) => ({ ...r, orphanedAt: 5 })));
    render(<PopupApp api={api} initialView="orphans" />, target.el);
    await settle();
    expect(target.el.querySelectorAll('.sl-orphan')).toHaveLength(records.length);
    expectOnlyText(target.el);
  });
});
