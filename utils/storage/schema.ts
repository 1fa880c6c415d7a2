// The IndexedDB schema: the database's name, its version and its stores. How a database of an earlier
// version becomes this one is in migrations.ts (run by the background only; extension pages never upgrade).
import type { DBSchema, IDBPDatabase } from 'idb';
import type { HistoryUsage } from './history';
import type { ImportProgress } from './library-import';
import type { ClaimRecord, PageRecord } from './types';

export const DB_NAME = 'sourcelight';
export const DB_VERSION = 5;

export interface LibrarySchema extends DBSchema {
  pages: {
    key: string;
    value: PageRecord;
    indexes: { byAnalysedAt: number };
  };
  claims: {
    key: string;
    value: ClaimRecord;
    // Records whose key path is null or missing are simply left out of an index: bySavedAt therefore holds
    // only saved claims.
    indexes: {
      byPage: string;
      bySavedAt: number;
    };
  };
  /** Bookkeeping: `history` → the history's ledger (utils/storage/history.ts). */
  meta: {
    key: string;
    value: HistoryUsage;
  };
  /** How far each backup import got, by import id (utils/storage/library-import.ts). */
  imports: {
    key: string;
    value: ImportProgress;
  };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
