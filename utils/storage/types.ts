// What the local library keeps. Plain JSON shapes, shared by the background store, the popup and export.
import type { OutletShare } from '../analysis/types';
import type { Claim } from '../claims/types';

export interface PageRecord {
  /** Normalised URL (utils/url.ts normaliseUrl), the key. */
  url: string;
  title: string | null;
  publication: string | null;
  aggregated: boolean;
  breakdown: OutletShare[];
  quoteCount: number;
  claimCount: number;
  /** Epoch ms. */
  analysedAt: number;
}

export interface ClaimRecord extends Claim {
  /** Normalised URL of the page the claim came from. */
  pageUrl: string;
  pageTitle: string | null;
  /** Epoch ms when the reader saved it; null for a claim only kept as history. */
  savedAt: number | null;
  note: string;
  tags: string[];
  /** Epoch ms of the last change (shown and exported; merges go by `version`, never by this clock). */
  updatedAt: number;
  /**
   * The reader's edit count: 1 when the record is made, one more for every save, unsave, note or tag change
   * (analysis refreshes leave it alone). An edit names the version it was made on and is refused when the
   * record has moved on; a merge keeps the copy with the higher version.
   */
  version: number;
  /** Epoch ms when "show in page" last failed to find it on its page; null or absent while it is found. */
  orphanedAt?: number | null;
}

export interface Settings {
  /** Hostnames where Sourcelight does nothing. */
  disabledSites: string[];
  /** Keep the analysis of each recognised page. Saved claims are kept either way. */
  historyEnabled: boolean;
  /** Highlights on for a site the reader has not chosen for. */
  highlightsByDefault: boolean;
  /** Claims scoring below this are not highlighted or listed (0..1). */
  minScore: number;
  /** The reader's per-site highlight choice (hostname → on/off). */
  siteHighlights: Record<string, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  historyEnabled: true,
  highlightsByDefault: true,
  minScore: 0,
  siteHighlights: {},
};
