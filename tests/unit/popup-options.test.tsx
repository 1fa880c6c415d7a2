// The options page in happy-dom with a fake extension: sites, history, highlights, threshold, and the
// import report (errors, counts, and replaced notes shown as text).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '../../components/library/api';
import { type OptionsApi, OptionsApp } from '../../entrypoints/options/OptionsApp';
import { DEFAULT_SETTINGS, type PageRecord, type Settings } from '../../utils/storage/types';
import { buttonNamed, click, renderTarget, settle, typeInto } from './popup-helpers';

const target = renderTarget();

function page(n: number): PageRecord {
  return {
    url: `https://blog.example/post-${n}`,
    title: `Post ${n}`,
    publication: 'Example Blog',
    aggregated: n % 2 === 0,
    breakdown: [{ source: 'Reuters', kind: 'outlet', chars: 50, share: 0.5 }],
    quoteCount: 1,
    claimCount: n,
    analysedAt: 1_700_000_000_000 + n * 60_000,
  };
}

function fakeOptions(importAnswer: ImportOutcome, pages = 3) {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let history = Array.from({ length: pages }, (_, i) => page(i));
  const imported: string[] = [];
  const api: OptionsApi = {
    settings: async () => settings,
    async setSettings(change) {
      settings = { ...settings, ...change };
      return settings;
    },
    async clearHistory() {
      const removedPages = history.length;
      history = [];
      return { removedPages, removedClaims: 12 };
    },
    listHistory: async () => history,
    async importBackup(file) {
      imported.push(await file.text());
      return importAnswer;
    },
    exportBackup: async () => 4,
  };
  return { api, imported, current: () => settings };
}

async function chooseFile(input: HTMLInputElement, text: string) {
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('options page', () => {
  it('adds and removes sites where Sourcelight stays off', async () => {
    const fake = fakeOptions({ ok: false, errors: [] });
    render(<OptionsApp api={fake.api} />, target.el);
    await settle();
    await typeInto(
      target.el.querySelector('#sl-new-site') as HTMLInputElement,
      'https://WWW.Example.com/news',
    );
    await click(buttonNamed(target.el, 'Add'));
    expect(fake.current().disabledSites).toEqual(['example.com']);
    expect(target.el.querySelector('.sl-site-list')?.textContent).toContain('example.com');
    await click(target.el.querySelector('button[aria-label="Turn Sourcelight back on for example.com"]'));
    expect(fake.current().disabledSites).toEqual([]);
  });

  it('turns history off, clears it, and sets the threshold, each control labelled', async () => {
    const fake = fakeOptions({ ok: false, errors: [] });
    render(<OptionsApp api={fake.api} />, target.el);
    await settle();
    const history = [...target.el.querySelectorAll('label')].find((l) =>
      l.textContent?.startsWith('Keep the analysis'),
    )!;
    await click(history.querySelector('input'));
    expect(fake.current().historyEnabled).toBe(false);
    expect(target.el.querySelectorAll('.sl-history-list li')).toHaveLength(3);
    await click(buttonNamed(target.el, 'Clear history'));
    // Nothing is cleared until the reader confirms.
    expect(target.el.querySelectorAll('.sl-history-list li')).toHaveLength(3);
    await click(buttonNamed(target.el, 'Yes, clear history'));
    expect(target.el.querySelector('.sl-history [role="status"]')?.textContent).toBe(
      'History cleared: 3 pages and 12 unsaved claims removed. Saved claims were kept.',
    );
    expect(target.el.querySelector('.sl-history-list')).toBeNull();
    expect(target.el.textContent).toContain('No pages in the history.');
    const slider = target.el.querySelector('#sl-threshold') as HTMLInputElement;
    expect(target.el.querySelector('label[for="sl-threshold"]')?.textContent).toContain(
      'Lowest check-worthiness',
    );
    await act(() => {
      slider.value = '0.35';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(fake.current().minScore).toBeCloseTo(0.35);
    expect(target.el.querySelector('output')?.textContent).toBe('35%');
    expect(target.el.querySelector('#sl-threshold-means')?.textContent).toBe(
      '35%: claims that look less than 35% worth checking are hidden.',
    );
  });

  it('says what each setting does in a line, the threshold at 0% included', async () => {
    const fake = fakeOptions({ ok: false, errors: [] });
    render(<OptionsApp api={fake.api} />, target.el);
    await settle();
    expect(target.el.querySelector('#sl-threshold-means')?.textContent).toBe(
      '0%: every claim is shown, however little there is to check in it.',
    );
    expect(target.el.querySelector('#sl-threshold')?.getAttribute('aria-describedby')).toBe(
      'sl-threshold-hint sl-threshold-means',
    );
    for (const box of target.el.querySelectorAll('input[type="checkbox"]')) {
      expect(box.closest('label')?.querySelector('.sl-hint')?.textContent).toMatch(/\w.+\./);
    }
    for (const section of target.el.querySelectorAll('section')) {
      expect(
        section.querySelector('.sl-hint'),
        section.querySelector('h2')?.textContent ?? '',
      ).not.toBeNull();
    }
  });

  it('lists the history newest first, a page of rows at a time', async () => {
    const fake = fakeOptions({ ok: false, errors: [] }, 120);
    render(<OptionsApp api={fake.api} />, target.el);
    await settle();
    const titles = () => [...target.el.querySelectorAll('.sl-history-list li a')].map((a) => a.textContent);
    expect(titles()).toHaveLength(50);
    expect(titles()[0]).toBe('Post 119');
    const [first, second] = target.el.querySelectorAll('.sl-history-list li');
    expect(first.textContent).toContain('not an aggregated post');
    expect(second.textContent).toContain('Example Blog · 50% quoted · 118 claims');
    await click(buttonNamed(target.el, 'Show 50 more of 70'));
    expect(titles()).toHaveLength(100);
    await click(buttonNamed(target.el, 'Show 20 more of 20'));
    expect(titles()).toHaveLength(120);
    expect(titles().at(-1)).toBe('Post 0');
    await click(buttonNamed(target.el, 'Clear history'));
    await click(buttonNamed(target.el, 'Cancel'));
    expect(titles()).toHaveLength(120);
  });

  it('shows why a backup was refused', async () => {
    const fake = fakeOptions({
      ok: false,
      errors: [
        'This backup was not imported…',
        'claims[3].score: expected a number between 0 and 1, got "high"',
      ],
    });
    render(<OptionsApp api={fake.api} />, target.el);
    await settle();
    await chooseFile(target.el.querySelector('#sl-import') as HTMLInputElement, '{"x":1}');
    expect(fake.imported).toEqual(['{"x":1}']);
    expect(target.el.querySelector('[role="alert"]')?.textContent).toContain(
      'claims[3].score: expected a number',
    );
  });

  it('reports counts and the notes an import replaced, as text', async () => {
    const fake = fakeOptions({
      ok: true,
      added: 2,
      updated: 1,
      unchanged: 0,
      pagesAdded: 0,
      futureDated: 3,
      noteConflicts: [
        {
          id: 'c1',
          text: '<img src=x onerror=alert(1)>\u202E',
          kept: 'new note',
          replaced: '<b>old</b> note',
          keptFrom: 'backup',
        },
      ],
    });
    render(<OptionsApp api={fake.api} />, target.el);
    await settle();
    await chooseFile(target.el.querySelector('#sl-import') as HTMLInputElement, '{}');
    const report = target.el.querySelector('.sl-import-result')!;
    expect(report.textContent).toContain(
      'Imported: 2 new claims, 1 claim updated, 0 claims already up to date.',
    );
    expect(report.textContent).toContain('Replaced: <b>old</b> note');
    expect(report.textContent).toContain('3 records in the backup had a date in the future');
    expect(report.querySelector('img, b')).toBeNull();
    expect(report.querySelector('blockquote')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
