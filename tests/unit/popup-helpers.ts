// A fake LibraryApi for rendering the popup in happy-dom: records kept in memory, calls logged.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import type { CurrentTab, LibraryApi } from '../../components/library/api';
import type { ExportFile } from '../../utils/export';
import { parseBackup } from '../../utils/export/import-backup';
import type { ClaimRecord } from '../../utils/storage/types';
import { DEFAULT_SETTINGS } from '../../utils/storage/types';

export function fakeApi(
  records: ClaimRecord[],
  tab: CurrentTab = { tabId: null, state: null },
  pickFiles = true,
) {
  const store = new Map(records.map((r) => [r.id, structuredClone(r)]));
  const calls: string[] = [];
  const downloads: ExportFile[] = [];
  let clock = 2_000_000_000_000;
  const tick = () => {
    clock += 1;
    return clock;
  };
  const api: LibraryApi = {
    async loadNewest(limit) {
      const saved = [...store.values()].filter((r) => r.savedAt !== null);
      return saved.sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0)).slice(0, limit);
    },
    countSaved: async () => [...store.values()].filter((r) => r.savedAt !== null).length,
    loadSaved: async () => [...store.values()].filter((r) => r.savedAt !== null),
    pagesFor: async () => [],
    currentTab: async () => tab,
    settings: async () => DEFAULT_SETTINGS,
    async save({ claim, pageUrl, pageTitle, note }) {
      calls.push(`save ${claim.id}`);
      const record: ClaimRecord = {
        ...claim,
        pageUrl,
        pageTitle,
        savedAt: tick(),
        note: note ?? '',
        tags: [],
        updatedAt: clock,
        version: (store.get(claim.id)?.version ?? 0) + 1,
        orphanedAt: null,
      };
      store.set(claim.id, record);
      return record;
    },
    async unsave(id) {
      calls.push(`unsave ${id}`);
      store.delete(id);
    },
    async update(id, { version, ...change }) {
      calls.push(`update ${id}`);
      const current = store.get(id)!;
      if (current.version !== version) return { ok: false, current };
      const record = { ...current, ...change, updatedAt: tick(), version: version + 1 };
      store.set(id, record);
      return { ok: true, record };
    },
    async remove(id) {
      calls.push(`remove ${id}`);
      const record = store.get(id) ?? null;
      store.delete(id);
      return record;
    },
    async restore(record) {
      calls.push(`restore ${record.id}`);
      store.set(record.id, record);
    },
    async showInPage(id) {
      calls.push(`show ${id}`);
    },
    async setHighlights(_tabId, on) {
      calls.push(`highlights ${on}`);
      return on;
    },
    download: (file) => downloads.push(file),
    openOptions: () => calls.push('options'),
    // The real reader of backups; what it accepts is added to the store (merging is the library's, tested
    // in storage-library.test.ts).
    async importBackup(file) {
      calls.push('import');
      const parsed = parseBackup(await file.text(), clock);
      if (!parsed.ok) return parsed;
      for (const record of parsed.claims) store.set(record.id, record);
      return {
        ok: true,
        added: parsed.claims.length,
        updated: 0,
        unchanged: 0,
        pagesAdded: 0,
        noteConflicts: [],
        futureDated: parsed.futureDated,
      };
    },
    canPickFiles: async () => pickFiles,
    openLibraryInTab: () => calls.push('library tab'),
  };
  return { api, store, calls, downloads };
}

/** Lets effects, promises and re-renders settle. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await act(async () => {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    });
  }
}

export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(() => {
    (element as HTMLElement).click();
  });
  await settle();
}

export function buttonNamed(root: ParentNode, name: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
}

/** A fresh element in the body for each test to render into, unmounted and removed after it. */
export function renderTarget(): { readonly el: HTMLElement } {
  const target = { el: document.body };
  beforeEach(() => {
    target.el = document.createElement('div');
    document.body.append(target.el);
  });
  afterEach(() => {
    render(null, target.el);
    target.el.remove();
  });
  return target;
}
