// Reading a JSON backup back in. Everything is checked before anything is written: a file with any problem is
// refused whole, with messages that name the field ("claims[3].score: expected a number between 0 and 1, got
// "high"").

import type { ClaimRecord, PageRecord } from '../storage/types';
import {
  checkClaimRecord,
  checkList,
  checkPageRecord,
  describeValue,
  isObject,
  Problems,
} from '../storage/validate';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup';

export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
const MAX_SHOWN_PROBLEMS = 20;

export type ParsedBackup =
  | { ok: true; claims: ClaimRecord[]; pages: PageRecord[] }
  | { ok: false; errors: string[] };

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(bytes: number): string {
  return `This file is too large (${megabytes(bytes)}): a Sourcelight backup can be at most ${megabytes(MAX_BACKUP_BYTES)}.`;
}

/** UTF-8 size, computed only when the length alone cannot settle it. */
function utf8Bytes(content: string): number {
  if (content.length * 3 <= MAX_BACKUP_BYTES) return content.length;
  return new TextEncoder().encode(content).length;
}

function fail(...errors: string[]): ParsedBackup {
  return { ok: false, errors };
}

export function parseBackup(content: string): ParsedBackup {
  if (content.length > MAX_BACKUP_BYTES || utf8Bytes(content) > MAX_BACKUP_BYTES) {
    return fail(tooLargeMessage(content.length > MAX_BACKUP_BYTES ? content.length : utf8Bytes(content)));
  }
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : '';
    return fail(`This file is not JSON, so it is not a Sourcelight backup${why}.`);
  }
  if (!isObject(data))
    return fail(`This is not a Sourcelight backup: expected a JSON object, got ${describeValue(data)}.`);
  if (data.format !== BACKUP_FORMAT) {
    return fail(
      `This is not a Sourcelight backup: "format" is ${describeValue(data.format)}, expected "${BACKUP_FORMAT}".`,
    );
  }
  if (data.version !== BACKUP_VERSION) {
    const newer = typeof data.version === 'number' && data.version > BACKUP_VERSION;
    return fail(
      `This backup is version ${describeValue(data.version)}, and this Sourcelight reads version ${BACKUP_VERSION}` +
        (newer ? ': update Sourcelight, then import it again.' : '.'),
    );
  }
  const p = new Problems();
  if (typeof data.exportedAt !== 'string' && typeof data.exportedAt !== 'number') {
    p.add('exportedAt', `expected a date, got ${describeValue(data.exportedAt)}`);
  }
  const claims = checkList(p, data.claims, 'claims', checkClaimRecord, MAX_SHOWN_PROBLEMS);
  const pages =
    data.pages === undefined ? [] : checkList(p, data.pages, 'pages', checkPageRecord, MAX_SHOWN_PROBLEMS);
  if (p.ok) {
    const firstIndex = new Map<string, number>();
    (data.claims as Array<{ id: string }>).forEach((claim, i) => {
      const first = firstIndex.get(claim.id);
      if (first === undefined) firstIndex.set(claim.id, i);
      else if (p.list.length < MAX_SHOWN_PROBLEMS)
        p.add(`claims[${i}].id`, `the same id as claims[${first}] (${describeValue(claim.id)})`);
    });
    const pageUrls = new Map<string, number>();
    (pages as PageRecord[]).forEach((page, i) => {
      const first = pageUrls.get(page.url);
      if (first === undefined) pageUrls.set(page.url, i);
      else if (p.list.length < MAX_SHOWN_PROBLEMS)
        p.add(`pages[${i}].url`, `the same page as pages[${first}]`);
    });
  }
  if (!p.ok) {
    const shown = p.list.slice(0, MAX_SHOWN_PROBLEMS);
    const header = 'This backup was not imported, because some of it is not valid (nothing was changed):';
    return fail(header, ...shown);
  }
  return { ok: true, claims, pages };
}
