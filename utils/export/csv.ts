// CSV per RFC 4180 (CRLF rows, quotes doubled, fields holding a comma, quote or line break quoted), with cells
// that a spreadsheet would run as a formula (= + - @, tab, CR first) prefixed with a single quote, and without
// invisible direction or zero-width characters (utils/text/visible.ts).

import type { ClaimRecord } from '../storage/types';
import { visibleText } from '../text/visible';
import { isoDate, speakerName } from './chain';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function csvField(value: string): string {
  const safe = neutraliseFormula(visibleText(value));
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_COLUMNS = [
  'id',
  'saved_at',
  'page_url',
  'page_title',
  'publication',
  'outlet',
  'speaker',
  'kind',
  'score',
  'text',
  'note',
  'tags',
  'updated_at',
  'orphaned_at',
] as const;

function row(claim: ClaimRecord): string[] {
  return [
    claim.id,
    isoDate(claim.savedAt),
    claim.pageUrl,
    claim.pageTitle ?? '',
    claim.publication ?? '',
    claim.outlet ?? '',
    speakerName(claim) ?? '',
    claim.kind,
    String(claim.score),
    claim.text,
    claim.note,
    claim.tags.join('; '),
    isoDate(claim.updatedAt),
    isoDate(claim.orphanedAt),
  ];
}

export function toCsv(claims: ClaimRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const claim of claims) lines.push(row(claim).map(csvField).join(','));
  // A UTF-8 byte-order mark first: without it Excel reads the file as the system's code page and garbles
  // curly quotes and accents.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
