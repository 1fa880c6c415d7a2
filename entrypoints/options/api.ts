// The options page's link to the extension. Imports run here, against IndexedDB directly (a backup may be
// up to 50 MB, more than a message should carry); the background is then told to update open tabs.
import { downloadText } from '../../components/common/download';
import { exportLibrary } from '../../utils/export';
import { parseBackup } from '../../utils/export/import-backup';
import { sendToBackground } from '../../utils/messaging/client';
import { libraryReader } from '../popup/api';
import type { OptionsApi } from './OptionsApp';

export function createOptionsApi(): OptionsApi {
  const library = libraryReader();
  return {
    settings: () => sendToBackground('settings/get', {}),
    setSettings: (change) => sendToBackground('settings/set', change),
    clearHistory: () => sendToBackground('history/clear', {}),
    async importBackup(content) {
      const parsed = parseBackup(content);
      if (!parsed.ok) return parsed;
      const result = await (await library()).importBackup(parsed);
      await sendToBackground('library/changed', {}).catch(() => {});
      return { ok: true, ...result };
    },
    async exportBackup() {
      const store = await library();
      const claims = await store.listSaved();
      const file = exportLibrary('json', claims, await store.pagesFor(claims), Date.now());
      downloadText(file.filename, file.mime, file.content);
      return claims.length;
    },
  };
}
