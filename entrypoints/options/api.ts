// The options page's link to the extension. Backups are written and read here, against IndexedDB directly
// (a backup can be far larger than a message may carry); the background is then told to update open tabs.
import { downloadText } from '../../components/common/download';
import { exportLibrary } from '../../utils/export';
import { readBackup, textChunks } from '../../utils/export/import-backup';
import { sendToBackground } from '../../utils/messaging/client';
import { libraryReader } from '../popup/api';
import type { OptionsApi } from './OptionsApp';

export function createOptionsApi(): OptionsApi {
  const library = libraryReader();
  return {
    settings: () => sendToBackground('settings/get', {}),
    setSettings: (change) => sendToBackground('settings/set', change),
    clearHistory: () => sendToBackground('history/clear', {}),
    async importBackup(file) {
      const parsed = await readBackup(textChunks(file), Date.now());
      if (!parsed.ok) return parsed;
      const result = await (await library()).importBackup(parsed);
      await sendToBackground('library/changed', {}).catch(() => {});
      return { ok: true, ...result, futureDated: parsed.futureDated };
    },
    async exportBackup() {
      const store = await library();
      const claims = await store.listSaved();
      const file = exportLibrary('json', claims, await store.pagesFor(claims), Date.now());
      downloadText(file.filename, file.mime, file.parts);
      return claims.length;
    },
  };
}
