// The options page's link to the extension. A backup is written from the library read here (no message
// limit applies); one imported is read here, and its records go to the background, the library's one
// writer, in batches (utils/messaging/import-batches.ts).
import { downloadText } from '../../components/common/download';
import { exportLibrary } from '../../utils/export';
import { readBackup, textChunks } from '../../utils/export/import-backup';
import { askBackground, sendToBackground } from '../../utils/messaging/client';
import { importInBatches } from '../../utils/messaging/import-batches';
import { readLibrary } from '../popup/api';
import type { OptionsApi } from './OptionsApp';

export function createOptionsApi(): OptionsApi {
  const library = readLibrary();
  return {
    settings: () => sendToBackground('settings/get', {}),
    setSettings: (change) => sendToBackground('settings/set', change),
    clearHistory: () => sendToBackground('history/clear', {}),
    async importBackup(file) {
      const parsed = await readBackup(textChunks(file), Date.now());
      if (!parsed.ok) return parsed;
      const result = await importInBatches(askBackground, parsed, crypto.randomUUID());
      return result.ok ? { ...result, futureDated: parsed.futureDated } : result;
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
