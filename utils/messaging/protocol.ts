// Every message between the extension's parts, typed in one place. The background is the one writer of the
// library: content scripts never open IndexedDB, and extension pages only read it (utils/storage/
// library-read.ts); every change is one of these messages.
import type { PageReport } from '../analysis/types';
import type { Claim } from '../claims/types';
import type { ImportBatch, ImportResult, SaveInput, UpdateResult } from '../storage/library';
import type { ClaimRecord, Settings } from '../storage/types';

export type ExportFormat = 'markdown' | 'csv' | 'json' | 'annotations';

/** The search the popup's library runs over the saved claims, in memory (utils/storage/library-search.ts). */
export interface LibraryQuery {
  text?: string;
  outlet?: string;
  publication?: string;
  tag?: string;
  /** Epoch ms, inclusive. */
  savedFrom?: number;
  savedTo?: number;
  sort?: 'savedAt-desc' | 'savedAt-asc' | 'score-desc' | 'outlet';
}

/** What the background remembers about one tab (kept in storage.session, never in globals). */
export interface TabState {
  report: PageReport;
  claims: Claim[];
  highlightsOn: boolean;
  /** The tab's page, normalised (from the sender when the report has no URL). */
  pageUrl?: string;
}

/** What an aggregated page's analysis brings back from the library: the reader's settings for the page. */
export interface PageRecorded {
  settings: Settings;
  highlightsOn: boolean;
  savedIds: string[];
}

/** Messages sent to the background: type → [payload, response]. */
export interface BackgroundMessages {
  /**
   * Content script or popup: save a claim (idempotent: saving twice keeps one record). A note replacing a
   * different note must name the version it was written on (`version`), or it is refused with an error
   * that says so: the card saves without a note (its note frame edits one with claim/update).
   */
  'claim/save': [SaveInput, ClaimRecord];
  'claim/unsave': [{ id: string }, { ok: true }];
  /** The note frame in a claim's card (entrypoints/note-frame/): one saved claim, to show and edit its note. */
  'claim/get': [{ id: string }, { claim: ClaimRecord | null }];
  /**
   * Popup or options page: an edit made on `version` of the claim. When the claim has moved on the edit is
   * not applied and the answer carries the newer copy, for the editor to show.
   */
  'claim/update': [{ id: string; version: number; note?: string; tags?: string[] }, UpdateResult];
  'claim/delete': [{ id: string }, { deleted: ClaimRecord | null }];
  /** Undo of a delete: puts the record back exactly as it was. */
  'claim/restore': [{ record: ClaimRecord }, { ok: true }];
  /** Popup: open the claim's page and scroll to it. */
  'claim/show-in-page': [{ id: string }, { ok: true }];
  /** Content script: whether a claim asked to be revealed was found on its page. */
  'reveal/result': [{ id: string; found: boolean }, { ok: true }];
  /** Content script: the reader chose highlights on or off for its site from the page's bar. */
  'highlights/chosen': [{ host: string; on: boolean }, { ok: true }];
  'tab/state': [{ tabId: number }, TabState | null];
  'history/clear': [Record<string, never>, { removedPages: number; removedClaims: number }];
  'settings/get': [Record<string, never>, Settings];
  'settings/set': [Partial<Settings>, Settings];
  /** Popup: turn highlights on or off in a tab (forwarded as 'highlights/set', remembered for the site). */
  'highlights/set-tab': [{ tabId: number; on: boolean }, { on: boolean }];
  /**
   * Popup or options page: the library database is missing or older than this code. Pages never create or
   * upgrade it (they only read); the background does, then answers.
   */
  'library/open': [Record<string, never>, { ok: true }];
  /**
   * Options page: one batch of a backup's records (at most IMPORT_BATCH_RECORDS), merged in one transaction.
   * Batches of an import are numbered from 0 and merged in order; a batch sent again is not merged again.
   * The answer is how many batches of the import are merged.
   */
  'import/batch': [ImportBatch, { merged: number }];
  /**
   * Options page: the import's end, after `batches` batches: what it did in all. Refused, in words for the
   * reader, when some batch never arrived. Tells open tabs what is saved now.
   */
  'import/finish': [{ importId: string; batches: number }, ImportResult];
}

/** The most records (claims and pages) one import/batch message carries: about 1 MB of JSON. */
export const IMPORT_BATCH_RECORDS = 1000;

/** Messages the background sends to a tab's content script. */
export interface ContentMessages {
  'highlights/set': [{ on: boolean }, { on: boolean }];
  'highlights/toggle': [Record<string, never>, { on: boolean }];
  'claim/reveal': [{ claim: ClaimRecord }, { found: boolean }];
  'saved/changed': [{ savedIds: string[] }, { ok: true }];
}

export type BackgroundType = keyof BackgroundMessages;
export type ContentType = keyof ContentMessages;

export type BackgroundPayload<T extends BackgroundType> = BackgroundMessages[T][0];
export type BackgroundResponse<T extends BackgroundType> = BackgroundMessages[T][1];
export type ContentPayload<T extends ContentType> = ContentMessages[T][0];
export type ContentResponse<T extends ContentType> = ContentMessages[T][1];

/** What travels through runtime.sendMessage / tabs.sendMessage: `{ type, payload }`. */
export interface BackgroundEnvelope<T extends BackgroundType = BackgroundType> {
  type: T;
  payload: BackgroundPayload<T>;
}
export interface ContentEnvelope<T extends ContentType = ContentType> {
  type: T;
  payload: ContentPayload<T>;
}

/** Every response may instead be an error the caller shows in plain words. */
export interface ErrorResponse {
  error: string;
}
