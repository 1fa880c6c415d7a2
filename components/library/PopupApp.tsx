// The popup: this tab's page, the library of saved claims, and the orphans. Data is loaded once; every change
// goes to the background and the answer replaces the local copy, so what is shown is what is stored.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../utils/claims/types';
import { exportLibrary } from '../../utils/export';
import type { ExportFormat } from '../../utils/messaging/protocol';
import { describeError } from '../../utils/storage/errors';
import type { ClaimChange, UpdateResult } from '../../utils/storage/library';
import { type ClaimRecord, DEFAULT_SETTINGS, type Settings } from '../../utils/storage/types';
import { ErrorBanner } from '../common/ErrorBanner';
import type { CurrentTab, LibraryApi } from './api';
import { CurrentPage } from './CurrentPage';
import { rebase } from './edit-plan';
import { ImportControl } from './ImportControl';
import { LibraryView } from './LibraryView';
import { Orphans } from './Orphans';

export type View = 'page' | 'library' | 'orphans';

/** Rows read first so the library paints at once; the rest (for search) follow. */
export const FIRST_ROWS = 40;

function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

const VIEW_LABELS: Record<View, string> = { page: 'This page', library: 'Library', orphans: 'Passage gone' };

export function PopupApp({ api, initialView }: { api: LibraryApi; initialView?: View }) {
  // The first paint shows the newest claims as last seen (a synchronous read), until IndexedDB answers.
  const [snapshot] = useState<ClaimRecord[] | null>(() => api.cachedNewest?.() ?? null);
  const [records, setRecords] = useState<ClaimRecord[] | null>(snapshot);
  // Until the whole library is read, `records` holds the newest few and `total` says how many there are.
  const [total, setTotal] = useState<number | null>(null);
  const [complete, setComplete] = useState(false);
  const changesWhileLoading = useRef<Array<(list: ClaimRecord[]) => ClaimRecord[]>>([]);
  const [tab, setTab] = useState<CurrentTab>({ tabId: null, state: null });
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [view, setView] = useState<View | null>(initialView ?? null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<ClaimRecord | null>(null);
  const [status, setStatus] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [pickHere, setPickHere] = useState(false);

  /** Runs the work; a failure is shown in the banner. True when it succeeded. */
  async function attempt(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (e) {
      setError(describeError(e));
      return false;
    }
  }

  useEffect(() => {
    void attempt(async () => {
      const first = await api.loadNewest(FIRST_ROWS);
      setRecords((list) => (list === null || list === snapshot ? first : list));
      api.rememberNewest?.(first);
      const counting = api.countSaved().then((n) => setTotal((t) => t ?? n));
      // Reading everything busies the page; let the first rows paint before starting.
      await afterPaint();
      const everything = await api.loadSaved();
      await counting;
      // Changes made while the whole library was being read may be missing from what was read.
      setRecords(changesWhileLoading.current.reduce((list, change) => change(list), everything));
      changesWhileLoading.current = [];
      setTotal(null);
      setComplete(true);
      performance.mark('sourcelight:library-complete');
    });
    void attempt(async () => {
      const current = await api.currentTab();
      setTab(current);
      setView((v) => v ?? (current.state ? 'page' : 'library'));
    });
    void attempt(async () => setSettings(await api.settings()));
    void attempt(async () => setPickHere(await api.canPickFiles()));
  }, []);

  /** After an import: the whole library read again, as it is now. */
  function reload() {
    void attempt(async () => {
      const everything = await api.loadSaved();
      changesWhileLoading.current = [];
      setRecords(everything);
      setTotal(null);
      setComplete(true);
    });
  }

  // Keeps the next popup's head start current: after edits, saves and deletes, not only on opening.
  useEffect(() => {
    if (!complete || !records) return;
    const newest = records
      .filter((r) => r.savedAt != null)
      .sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0))
      .slice(0, FIRST_ROWS);
    api.rememberNewest?.(newest);
  }, [complete, records]);

  const saved = useMemo(() => new Map((records ?? []).map((r) => [r.id, r])), [records]);
  const orphanCount = useMemo(() => (records ?? []).filter((r) => r.orphanedAt != null).length, [records]);

  function change(apply: (list: ClaimRecord[]) => ClaimRecord[], delta: number) {
    if (!complete) changesWhileLoading.current.push(apply);
    setRecords((list) => apply(list ?? []));
    setTotal((n) => (n === null ? n : n + delta));
  }
  function upsert(record: ClaimRecord) {
    const isNew = !saved.has(record.id);
    change(
      (list) => {
        const rest = list.filter((r) => r.id !== record.id);
        return record.savedAt === null ? rest : [...rest, record];
      },
      isNew ? 1 : 0,
    );
  }
  function drop(id: string) {
    change((list) => list.filter((r) => r.id !== id), saved.has(id) ? -1 : 0);
  }

  const pageUrl = tab.state?.pageUrl ?? tab.state?.report.url ?? '';
  const pageTitle = tab.state?.report.title ?? null;

  /** An edit on a version of the claim; the answer (saved, or the newer copy) replaces the local copy. */
  async function update(id: string, change: ClaimChange): Promise<UpdateResult | null> {
    let answer: UpdateResult | null = null;
    await attempt(async () => {
      answer = await api.update(id, change);
      const shown = answer.ok ? answer.record : answer.current;
      // A claim unsaved elsewhere stays listed while its editor shows the conflict, so nothing typed is lost.
      if (answer.ok || shown.savedAt !== null) upsert(shown);
    });
    return answer;
  }

  /** A note from this page's list: made again on a newer copy when only its tags moved on, else refused. */
  async function editNote(id: string, note: string): Promise<boolean> {
    const base = saved.get(id);
    if (!base) return false;
    const draft = { note, tags: base.tags };
    let answer = await update(id, { version: base.version, note });
    const again = answer && !answer.ok ? rebase(base, answer.current, draft) : null;
    if (answer && !answer.ok && again) answer = await update(id, again);
    if (answer && !answer.ok) {
      setError(
        'This note was changed elsewhere while you wrote yours, so yours was not saved; it is still in the ' +
          'box. Open the claim in the library to keep either note or both.',
      );
    }
    return answer?.ok === true;
  }

  const handlers = {
    onSave: (claim: Claim, note?: string) =>
      attempt(async () => upsert(await api.save({ claim, pageUrl, pageTitle, note }))),
    onUnsave: (id: string) =>
      attempt(async () => {
        await api.unsave(id);
        drop(id);
      }),
    onNote: editNote,
    onHighlights: (on: boolean) =>
      attempt(async () => {
        if (tab.tabId === null || !tab.state) return;
        const now = await api.setHighlights(tab.tabId, on);
        setTab({ ...tab, state: { ...tab.state, highlightsOn: now } });
      }),
  };

  function remove(record: ClaimRecord) {
    void attempt(async () => {
      const deleted = await api.remove(record.id);
      drop(record.id);
      setUndo(deleted ?? record);
    });
  }

  function undoDelete() {
    const record = undo;
    if (!record) return;
    void attempt(async () => {
      await api.restore(record);
      upsert(record);
      setUndo(null);
    });
  }

  function showInPage(id: string) {
    void attempt(() => api.showInPage(id));
  }

  function exportAs(format: ExportFormat) {
    void attempt(async () => {
      const claims = complete ? (records ?? []) : await api.loadSaved();
      const file = exportLibrary(format, claims, await api.pagesFor(claims), Date.now());
      api.download(file);
      setStatus(`Exported ${claims.length.toLocaleString()} claims as ${file.filename}.`);
    });
  }

  const views: View[] = ['page', 'library', 'orphans'];
  const current = view ?? 'library';

  function onTabKey(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = views[(views.indexOf(current) + step + views.length) % views.length];
    setView(next);
    document.getElementById(`sl-tab-${next}`)?.focus();
  }

  return (
    <main class="sl-popup">
      <header class="sl-header">
        <h1>Sourcelight</h1>
        <button type="button" class="sl-link-button" onClick={() => api.openOptions()}>
          Settings
        </button>
      </header>
      <div role="tablist" aria-label="Sourcelight views" class="sl-tabs" onKeyDown={onTabKey}>
        {views.map((v) => (
          <button
            key={v}
            id={`sl-tab-${v}`}
            type="button"
            role="tab"
            aria-selected={v === current}
            aria-controls={`sl-panel-${v}`}
            tabIndex={v === current ? 0 : -1}
            onClick={() => {
              setOpenId(null);
              setView(v);
            }}
          >
            {VIEW_LABELS[v]}
            {v === 'orphans' && orphanCount ? ` (${orphanCount})` : ''}
          </button>
        ))}
      </div>
      <ErrorBanner message={error} onDismiss={() => setError(null)} />
      {undo && (
        <div class="sl-undo" role="status">
          <span>Deleted a saved claim.</span>
          <button type="button" onClick={undoDelete}>
            Undo
          </button>
          <button type="button" class="sl-link-button" onClick={() => setUndo(null)}>
            Dismiss
          </button>
        </div>
      )}
      <p class="sl-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <div id={`sl-panel-${current}`} role="tabpanel" aria-labelledby={`sl-tab-${current}`} class="sl-panel">
        {current === 'page' && <CurrentPage tab={tab} settings={settings} saved={saved} {...handlers} />}
        {current === 'library' &&
          (records ? (
            <LibraryView
              records={records}
              complete={complete}
              total={complete ? records.length : total}
              openId={openId}
              onUpdate={update}
              onDelete={remove}
              onShowInPage={showInPage}
              onExport={exportAs}
              importer={
                pickHere ? (
                  <ImportControl id="sl-library-import" importFile={api.importBackup} onImported={reload} />
                ) : (
                  <p class="sl-import-elsewhere">
                    <button type="button" onClick={() => api.openLibraryInTab()}>
                      Import a backup…
                    </button>{' '}
                    <span class="sl-muted">
                      opens the library in a tab (the popup closes while you pick a file)
                    </span>
                  </p>
                )
              }
            />
          ) : (
            <p class="sl-empty">{error ? 'The library could not be loaded.' : 'Loading the library…'}</p>
          ))}
        {current === 'orphans' && (
          <Orphans
            records={records ?? []}
            onShowInPage={showInPage}
            onOpen={(id) => {
              setOpenId(id);
              setView('library');
            }}
          />
        )}
      </div>
    </main>
  );
}
