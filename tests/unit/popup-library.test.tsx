// The popup's library and current-page views in happy-dom with a fake extension: virtualised rows, search,
// filters, keyboard, note editing, delete with undo, export, and saving from the current page.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LIST_HEIGHT, ROW_HEIGHT } from '../../components/library/LibraryView';
import { PopupApp } from '../../components/library/PopupApp';
import type { TabState } from '../../utils/messaging/protocol';
import type { ClaimRecord } from '../../utils/storage/types';
import { buttonNamed, click, fakeApi, renderTarget, settle, typeInto } from './popup-helpers';
import { makeClaim, makeRecord, makeReport } from './storage-helpers';

const target = renderTarget();

function many(count: number): ClaimRecord[] {
  return Array.from({ length: count }, (_, i) =>
    makeRecord(i, {
      text: i === 1234 ? 'The needle: Damascus airport closed' : `Claim ${i} about the fighting`,
      tags: i % 100 === 0 ? ['hundreds'] : [],
      outlet: i % 2 ? 'Reuters' : 'BBC',
    }),
  );
}

const rows = () => [...target.el.querySelectorAll('[role="option"]')];
const search = () => target.el.querySelector('input[type="search"]') as HTMLInputElement;
const listbox = () => target.el.querySelector('[role="listbox"]') as HTMLElement;

async function showLibrary(records: ClaimRecord[]) {
  const fake = fakeApi(records);
  render(<PopupApp api={fake.api} initialView="library" />, target.el);
  await settle();
  return fake;
}

describe('popup library', () => {
  it('renders only the rows in view, however many claims are saved', async () => {
    await showLibrary(many(5000));
    const visible = Math.ceil(LIST_HEIGHT / ROW_HEIGHT);
    expect(rows().length).toBeGreaterThanOrEqual(visible);
    expect(rows().length).toBeLessThan(visible + 10);
    expect(rows()[0].getAttribute('aria-setsize')).toBe('5000');
    expect(target.el.textContent).toContain('5,000 saved claims');
  });

  it('shows other rows when scrolled', async () => {
    await showLibrary(many(500));
    await act(() => {
      listbox().scrollTop = ROW_HEIGHT * 200;
      listbox().dispatchEvent(new Event('scroll'));
    });
    const positions = rows().map((r) => Number(r.getAttribute('aria-posinset')));
    expect(Math.min(...positions)).toBeGreaterThan(190);
    expect(Math.max(...positions)).toBeLessThan(220);
  });

  it('searches as the reader types, in text, notes and tags', async () => {
    const records = many(3000);
    records[42].note = 'Remember to CHECK this';
    await showLibrary(records);
    await typeInto(search(), 'damascus');
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining('The needle: Damascus airport closed'),
    ]);
    expect(target.el.textContent).toContain('1 claim of 3,000 shown');
    await typeInto(search(), 'remember check');
    expect(rows()).toHaveLength(1);
    await typeInto(search(), 'no such words');
    expect(rows()).toHaveLength(0);
    expect(target.el.textContent).toContain('No saved claim matches.');
  });

  it('filters by outlet and tag, and sorts', async () => {
    await showLibrary(many(300));
    const selects = [...target.el.querySelectorAll('select')] as HTMLSelectElement[];
    const byLabel = (label: string) => selects.find((s) => s.parentElement?.textContent?.startsWith(label))!;
    await act(() => {
      byLabel('Tag').value = 'hundreds';
      byLabel('Tag').dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rows()).toHaveLength(3);
    expect(rows()[0].textContent).toContain('Claim 200');
    await act(() => {
      byLabel('Sort').value = 'savedAt-asc';
      byLabel('Sort').dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rows()[0].textContent).toContain('Claim 0 ');
    await act(() => {
      byLabel('Outlet').value = 'Reuters';
      byLabel('Outlet').dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rows()).toHaveLength(0);
  });

  it('moves through the list by keyboard and opens a claim with Enter', async () => {
    await showLibrary(many(50));
    const box = listbox();
    await act(() => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    const active = box.getAttribute('aria-activedescendant')!;
    expect(target.el.querySelector(`#${active}`)?.getAttribute('aria-selected')).toBe('true');
    expect(target.el.querySelector(`#${active}`)?.textContent).toContain('Claim 47');
    await act(() => {
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect(target.el.querySelector('form.sl-editor blockquote')?.textContent).toBe(
      'Claim 47 about the fighting',
    );
  });

  it('edits a note and tags', async () => {
    const { store, calls } = await showLibrary(many(3));
    await click(rows()[0]);
    const editor = target.el.querySelector('form.sl-editor') as HTMLFormElement;
    await typeInto(editor.querySelector('textarea')!, 'Needs a second source');
    await typeInto(editor.querySelector('input[type="text"]') as HTMLInputElement, 'syria, check ,');
    await click(buttonNamed(editor, 'Save changes'));
    expect(calls).toContain('update c2');
    expect(store.get('c2')).toMatchObject({ note: 'Needs a second source', tags: ['syria', 'check'] });
    await click(buttonNamed(target.el, 'Back to list'));
    expect(rows()[0].textContent).toContain('#syria #check');
  });

  it('deletes with undo', async () => {
    const { store, calls } = await showLibrary(many(3));
    await click(rows()[0]);
    await click(buttonNamed(target.el, 'Delete'));
    expect(store.has('c2')).toBe(false);
    expect(rows()).toHaveLength(2);
    await click(buttonNamed(target.el, 'Undo'));
    expect(calls).toEqual(['remove c2', 'restore c2']);
    expect(store.has('c2')).toBe(true);
    expect(rows()).toHaveLength(3);
  });

  it('exports every saved claim in each format', async () => {
    const { downloads } = await showLibrary(many(4));
    for (const label of ['Markdown', 'CSV', 'JSON backup', 'Web Annotations (JSON-LD)']) {
      await click(buttonNamed(target.el, label));
    }
    expect(downloads.map((d) => d.filename.split('.').pop())).toEqual(['md', 'csv', 'jsonl', 'jsonld']);
    expect(JSON.parse(downloads[2].parts[0]).claims).toBe(4);
  });

  it('paints the newest claims first and keeps a change made while the rest load', async () => {
    const records = many(200);
    records[5].text = 'An unusual older claim';
    const fake = fakeApi(records);
    let finishLoading: () => void = () => {};
    const loadAll = fake.api.loadSaved;
    fake.api.loadSaved = () =>
      new Promise((resolve) => {
        finishLoading = () => void loadAll().then(resolve);
      });
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    await settle();
    expect(target.el.textContent).toContain('200 saved claims; showing the newest 40 while the rest load');
    expect(rows()[0].textContent).toContain('Claim 199 ');
    await click(rows()[0]);
    await typeInto(target.el.querySelector('textarea')!, 'edited while loading');
    await click(buttonNamed(target.el, 'Save changes'));
    await click(buttonNamed(target.el, 'Back to list'));
    // The full read started before the edit, so it holds the old note; the popup must keep the new one.
    fake.store.set('c199', { ...fake.store.get('c199')!, note: '' });
    await act(() => finishLoading());
    await settle();
    expect(target.el.textContent).toContain('200 saved claims');
    expect(target.el.textContent).not.toContain('while the rest load');
    await typeInto(search(), 'edited while loading');
    expect(rows()).toHaveLength(1);
    await typeInto(search(), 'unusual older');
    expect(rows()).toHaveLength(1);
  });

  it('paints the claims last shown at once, then the library as it is now, and remembers it', async () => {
    const records = many(60);
    const fake = fakeApi(records);
    const stale = [{ ...records[0], id: 'gone', text: 'A claim deleted since the last visit' }];
    let remembered: ClaimRecord[] = [];
    fake.api.cachedNewest = () => stale;
    fake.api.rememberNewest = (list) => {
      remembered = list;
    };
    let answer: (list: ClaimRecord[]) => void = () => {};
    const loadNewest = fake.api.loadNewest;
    fake.api.loadNewest = (limit) =>
      new Promise((resolve) => (answer = (list) => resolve(list.slice(0, limit))));
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    // Before IndexedDB answers: the snapshot is on screen.
    expect(target.el.textContent).toContain('A claim deleted since the last visit');
    await settle();
    expect(target.el.textContent).toContain('A claim deleted since the last visit');
    await act(async () => answer(await loadNewest(40)));
    await settle();
    expect(target.el.textContent).not.toContain('A claim deleted since the last visit');
    expect(rows()[0].textContent).toContain('Claim 59 ');
    expect(remembered[0]?.id).toBe('c59');
    expect(remembered).toHaveLength(40);
  });

  it('shows the errors the background reports and keeps what is listed', async () => {
    const fake = fakeApi(many(2));
    fake.api.update = async () => {
      throw new Error("Your browser's storage for Sourcelight is full");
    };
    render(<PopupApp api={fake.api} initialView="library" />, target.el);
    await settle();
    await click(rows()[0]);
    await typeInto(target.el.querySelector('textarea')!, 'x');
    await click(buttonNamed(target.el, 'Save changes'));
    expect(target.el.querySelector('[role="alert"]')?.textContent).toContain(
      'storage for Sourcelight is full',
    );
    await click(buttonNamed(target.el, 'Back to list'));
    expect(rows()).toHaveLength(2);
  });
});

describe('popup current page', () => {
  const state: TabState = {
    report: makeReport(),
    claims: [makeClaim(1), makeClaim(2), makeClaim(3, { kind: 'commentary', outlet: null, score: 0.1 })],
    highlightsOn: true,
  };

  it('shows the verdict, the breakdown and the claims grouped by source', async () => {
    const { api } = fakeApi([], { tabId: 4, state });
    render(<PopupApp api={api} />, target.el);
    await settle();
    expect(target.el.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('This page');
    expect(target.el.textContent).toContain('Aggregated post: 60% of the text is quoted from 1 source.');
    const groups = [...target.el.querySelectorAll('.sl-group h4')].map((h) => h.textContent);
    expect(groups).toEqual(['Reuters', 'BBC', "Zero Hedge's own words"]);
  });

  it('saves and unsaves a claim, saves with a note, and toggles highlights', async () => {
    const { api, calls, store } = fakeApi([], { tabId: 4, state });
    render(<PopupApp api={api} />, target.el);
    await settle();
    const first = target.el.querySelector('.sl-page-claim') as HTMLElement;
    await click(buttonNamed(first, 'Save'));
    // Saved is said in a word, not a button; taking it out of the library is its own, named button.
    expect(first.querySelector('.sl-saved')?.textContent).toBe('Saved');
    expect(buttonNamed(first, 'Save')).toBeUndefined();
    await click(buttonNamed(first, 'Remove from library'));
    expect(store.has('c1')).toBe(false);
    expect(first.querySelector('.sl-saved')).toBeNull();
    await click(buttonNamed(first, 'Add note'));
    await typeInto(first.querySelector('textarea')!, 'Count looks high');
    await click(buttonNamed(first, 'Save note'));
    expect(store.get('c1')?.note).toBe('Count looks high');
    const toggle = target.el.querySelector('input[role="switch"]') as HTMLInputElement;
    await act(() => {
      toggle.click();
    });
    await settle();
    expect(calls).toEqual(['save c1', 'unsave c1', 'save c1', 'highlights false']);
    expect(toggle.checked).toBe(false);
  });

  it('edits a saved claim’s note on its version; refused when it moved on, the text stays in the box', async () => {
    const { api, store } = fakeApi([makeRecord(1, { note: 'first' })], { tabId: 4, state });
    render(<PopupApp api={api} />, target.el);
    await settle();
    const first = target.el.querySelector('.sl-page-claim') as HTMLElement;
    await click(buttonNamed(first, 'Edit note'));
    await typeInto(first.querySelector('textarea')!, 'second');
    await click(buttonNamed(first, 'Save note'));
    expect(store.get('c1')).toMatchObject({ note: 'second', version: 2 });

    // Another window edits the note meanwhile: this popup's copy is now behind.
    store.set('c1', { ...store.get('c1')!, note: 'from elsewhere', version: 3 });
    await click(buttonNamed(first, 'Edit note'));
    await typeInto(first.querySelector('textarea')!, 'third');
    await click(buttonNamed(first, 'Save note'));
    expect(store.get('c1')?.note).toBe('from elsewhere');
    expect(target.el.querySelector('[role="alert"]')?.textContent).toContain('changed elsewhere');
    expect(first.querySelector('textarea')?.value).toBe('third');
  });
});
