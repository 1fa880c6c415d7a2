// The popup's link to the extension: reads the library straight from IndexedDB (an extension page may, and
// loading 10,000 claims that way is far quicker than through messages); every change is a message to the
// background, the library's one writer.
import { browser } from 'wxt/browser';
import { downloadText } from '../../components/common/download';
import type { LibraryApi } from '../../components/library/api';
import { sendToBackground } from '../../utils/messaging/client';
import { libraryReader } from '../../utils/storage/library-read';
import type { ClaimRecord } from '../../utils/storage/types';
import { importBackupFile } from './import-file';

/** The library, read from IndexedDB; the background creates or upgrades it when this page finds it not ready. */
export const readLibrary = () => libraryReader(() => sendToBackground('library/open', {}));

/**
 * The tab the popup is about: the active tab of the popup's window (its id needs no permission; what was found
 * on it comes from the tab state the background keeps, see README "Permissions"). `?tab=<id>` names another.
 * When this page is itself the active tab (the library opened in a tab), there is no page to show.
 */
async function targetTabId(): Promise<number | null> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return asked;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return null;
  const own = await browser.tabs.getCurrent();
  return own?.id === tab.id ? null : tab.id;
}

const SNAPSHOT_KEY = 'sourcelight:newest-claims';

/** The last newest claims shown, from this extension page's own localStorage; anything odd reads as none. */
function readSnapshot(): ClaimRecord[] | null {
  try {
    const value = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null');
    if (!Array.isArray(value) || value.length === 0) return null;
    const ok = value.every(
      (r) =>
        r &&
        typeof r === 'object' &&
        typeof r.id === 'string' &&
        typeof r.text === 'string' &&
        Array.isArray(r.tags) &&
        // Kept by a build before edit versions: not shown, as an edit made on it could not be checked.
        typeof r.version === 'number',
    );
    return ok ? (value as ClaimRecord[]) : null;
  } catch {
    return null;
  }
}

function writeSnapshot(records: ClaimRecord[]) {
  try {
    if (records.length) localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(records));
    else localStorage.removeItem(SNAPSHOT_KEY);
  } catch {
    // A full or disabled localStorage only costs the next popup its head start.
  }
}

/** `prefetch`: start reading that many newest claims at once, before the first render asks for them. */
export function createPopupApi(prefetch?: number): LibraryApi {
  const library = readLibrary();
  let early = prefetch ? library().then((store) => store.newestSaved(prefetch)) : null;
  // Handled when the popup asks; this only keeps an early failure from being reported as unhandled.
  early?.catch(() => {});
  return {
    cachedNewest: readSnapshot,
    rememberNewest: writeSnapshot,
    async loadNewest(limit) {
      const ready = early;
      early = null;
      if (ready && limit === prefetch) return ready;
      return (await library()).newestSaved(limit);
    },
    countSaved: async () => (await library()).countSaved(),
    loadSaved: async () => (await library()).listSaved(),
    pagesFor: async (claims) => (await library()).pagesFor(claims),
    async currentTab() {
      const tabId = await targetTabId();
      if (tabId === null) return { tabId: null, state: null };
      return { tabId, state: await sendToBackground('tab/state', { tabId }) };
    },
    settings: () => sendToBackground('settings/get', {}),
    save: (input) => sendToBackground('claim/save', input),
    async unsave(id) {
      await sendToBackground('claim/unsave', { id });
    },
    update: (id, change) => sendToBackground('claim/update', { id, ...change }),
    remove: async (id) => (await sendToBackground('claim/delete', { id })).deleted,
    async restore(record) {
      await sendToBackground('claim/restore', { record });
    },
    async showInPage(id) {
      await sendToBackground('claim/show-in-page', { id });
    },
    setHighlights: async (tabId, on) => (await sendToBackground('highlights/set-tab', { tabId, on })).on,
    download: (file) => downloadText(file.filename, file.mime, file.parts),
    openOptions: () => void browser.runtime.openOptionsPage(),
    importBackup: importBackupFile,
    canPickFiles: async () => (await browser.tabs.getCurrent()) !== undefined,
    openLibraryInTab: () =>
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=library') }),
  };
}
