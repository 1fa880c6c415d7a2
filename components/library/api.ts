// What the popup's and options page's components need from the extension. The pages pass in the real one
// (messages to the background, reads from IndexedDB); tests pass in a fake.
import type { Claim } from '../../utils/claims/types';
import type { ExportFile } from '../../utils/export';
import type { TabState } from '../../utils/messaging/protocol';
import type { ClaimChange, ImportResult, UpdateResult } from '../../utils/storage/library';
import type { ClaimRecord, PageRecord, Settings } from '../../utils/storage/types';

export interface CurrentTab {
  tabId: number | null;
  state: TabState | null;
}

/** `futureDated`: records whose times were after now, set to now (the file's clock was wrong). */
export type ImportOutcome =
  | ({ ok: true; futureDated: number } & ImportResult)
  | { ok: false; errors: string[] };

export interface LibraryApi {
  /** The newest saved claims, for a quick first paint. */
  loadNewest(limit: number): Promise<ClaimRecord[]>;
  /** The newest claims as the popup last showed them, read synchronously so the first paint need not wait
   * for IndexedDB; replaced by the real ones as soon as they are read. Null when there is none. */
  cachedNewest?(): ClaimRecord[] | null;
  /** Keeps the newest claims for the next cachedNewest(). */
  rememberNewest?(records: ClaimRecord[]): void;
  countSaved(): Promise<number>;
  /** Every saved claim (read once; searching happens in memory). */
  loadSaved(): Promise<ClaimRecord[]>;
  pagesFor(claims: ClaimRecord[]): Promise<PageRecord[]>;
  currentTab(): Promise<CurrentTab>;
  settings(): Promise<Settings>;
  save(input: {
    claim: Claim;
    pageUrl: string;
    pageTitle: string | null;
    note?: string;
  }): Promise<ClaimRecord>;
  unsave(id: string): Promise<void>;
  /** An edit made on `change.version`; refused (with the newer copy) when the claim moved on. */
  update(id: string, change: ClaimChange): Promise<UpdateResult>;
  remove(id: string): Promise<ClaimRecord | null>;
  restore(record: ClaimRecord): Promise<void>;
  showInPage(id: string): Promise<void>;
  setHighlights(tabId: number, on: boolean): Promise<boolean>;
  download(file: ExportFile): void;
  openOptions(): void;
  /** Merges a backup file into the library (the options page's import). */
  importBackup(file: Blob): Promise<ImportOutcome>;
  /** False in the toolbar popup, which closes when a file picker takes the focus. */
  canPickFiles(): Promise<boolean>;
  /** The library in a tab of its own, where a file can be picked. */
  openLibraryInTab(): void;
}
