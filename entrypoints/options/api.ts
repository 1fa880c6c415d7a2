// The options page's link to the extension. A backup is written from the library read here (no message
// limit applies); one imported is read here, and its records go to the background, the library's one
// writer, in batches (utils/messaging/import-batches.ts).
import { downloadText } from '../../components/common/download';
import { exportLibrary } from '../../utils/export';
import { sendToBackground } from '../../utils/messaging/client';
import { readLibrary } from '../popup/api';
import { importBackupFile } from '../popup/import-file';
import type { OptionsApi } from './OptionsApp';

export function createOptionsApi(): OptionsApi {
  const library = readLibrary();
  return {
    settings: () => sendToBackground('settings/get', {}),
    setSettings: (change) => sendToBackground('settings/set', change),
    clearHistory: () => sendToBackground('history/clear', {}),
    listHistory: async () => (await library()).listPages(),
    importBackup: importBackupFile,
    async exportBackup() {
      const store = await library();
      const claims = await store.listSaved();
      const file = exportLibrary('json', claims, await store.pagesFor(claims), Date.now());
      downloadText(file.filename, file.mime, file.parts);
      return claims.length;
    },
  };
}
