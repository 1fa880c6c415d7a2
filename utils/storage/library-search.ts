// Searching the saved claims in memory. The library is loaded once; each entry keeps a lower-cased haystack
// so a keystroke is a plain substring scan, with no allocation per claim.
import type { LibraryQuery } from '../messaging/protocol';
import type { ClaimRecord } from './types';

export interface SearchEntry {
  record: ClaimRecord;
  haystack: string;
}

export function speakerLabel(record: Pick<ClaimRecord, 'speaker'>): string | null {
  if (!record.speaker) return null;
  return record.speaker.name ?? record.speaker.mention ?? null;
}

export function toSearchEntry(record: ClaimRecord): SearchEntry {
  const parts = [
    record.text,
    record.note,
    record.tags.join(' '),
    record.outlet ?? '',
    record.publication ?? '',
    speakerLabel(record) ?? '',
    record.pageTitle ?? '',
    record.pageUrl,
  ];
  return { record, haystack: parts.join('\n').toLowerCase() };
}

export function toSearchEntries(records: ClaimRecord[]): SearchEntry[] {
  return records.map(toSearchEntry);
}

/** The query's words, lower-cased; every one must appear somewhere in a claim. */
export function searchWords(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

export function matches(entry: SearchEntry, query: LibraryQuery, words: string[]): boolean {
  const r = entry.record;
  if (query.outlet !== undefined && (r.outlet ?? '') !== query.outlet) return false;
  if (query.publication !== undefined && (r.publication ?? '') !== query.publication) return false;
  if (query.tag !== undefined && !r.tags.includes(query.tag)) return false;
  if (query.savedFrom !== undefined && (r.savedAt ?? 0) < query.savedFrom) return false;
  if (query.savedTo !== undefined && (r.savedAt ?? 0) > query.savedTo) return false;
  for (const word of words) if (!entry.haystack.includes(word)) return false;
  return true;
}

/** The distinct values the filters offer, sorted. */
export function facets(records: ClaimRecord[]): {
  outlets: string[];
  publications: string[];
  tags: string[];
} {
  const outlets = new Set<string>();
  const publications = new Set<string>();
  const tags = new Set<string>();
  for (const r of records) {
    if (r.outlet) outlets.add(r.outlet);
    if (r.publication) publications.add(r.publication);
    for (const t of r.tags) tags.add(t);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return { outlets: sorted(outlets), publications: sorted(publications), tags: sorted(tags) };
}
