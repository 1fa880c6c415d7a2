// Reads the saved claims straight from the library database, inside an extension page (popup or options),
// as the pages themselves read it: no message, and nothing written. Passed to page.evaluate, so it is
// self-contained. A database that does not exist yet reads as empty (the upgrade that would create it is
// abandoned).
import type { ClaimRecord } from '../../utils/storage/types';

export function readSavedClaims(): Promise<ClaimRecord[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('sourcelight');
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const read = db.transaction('claims').objectStore('claims').index('bySavedAt').getAll();
      read.onsuccess = () => {
        db.close();
        resolve(read.result as ClaimRecord[]);
      };
      read.onerror = () => reject(read.error);
    };
  });
}
