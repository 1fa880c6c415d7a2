// The page's side of importing a backup: the records it read from the file go to the background, the one
// writer of the library, in numbered batches of one import (no message holds the whole file). A batch the
// background did not answer (its worker stopped) is sent once more: merging a batch twice writes nothing the
// second time. The outcome is a value, never an exception.

import { interruptedImportMessage } from '../storage/errors';
import type { ImportResult } from '../storage/library';
import type { ClaimRecord, PageRecord } from '../storage/types';
import type { Answer, Ask } from './client';
import { IMPORT_BATCH_RECORDS } from './protocol';

export type ImportAnswer = ({ ok: true } & ImportResult) | { ok: false; errors: string[] };

type Batch = { claims: ClaimRecord[]; pages: PageRecord[] };

/** Pages first (a claim's page is in before it), then claims, at most IMPORT_BATCH_RECORDS a batch. */
export function toBatches(claims: ClaimRecord[], pages: PageRecord[], size = IMPORT_BATCH_RECORDS): Batch[] {
  const batches: Batch[] = [];
  for (let at = 0; at < pages.length; at += size)
    batches.push({ claims: [], pages: pages.slice(at, at + size) });
  for (let at = 0; at < claims.length; at += size)
    batches.push({ claims: claims.slice(at, at + size), pages: [] });
  return batches.length ? batches : [{ claims: [], pages: [] }];
}

/** Sends once more when the background never answered; an answer, even an error, is final. */
async function twice<R>(send: () => Promise<Answer<R>>): Promise<Answer<R>> {
  const first = await send();
  return first.ok || first.answered ? first : send();
}

export async function importInBatches(
  ask: Ask,
  backup: { claims: ClaimRecord[]; pages: PageRecord[] },
  importId: string,
): Promise<ImportAnswer> {
  const batches = toBatches(backup.claims, backup.pages);
  for (const [seq, batch] of batches.entries()) {
    const answer = await twice(() => ask('import/batch', { importId, seq, ...batch }));
    if (!answer.ok)
      return { ok: false, errors: [interruptedImportMessage(seq, batches.length), answer.error] };
  }
  const done = await twice(() => ask('import/finish', { importId, batches: batches.length }));
  return done.ok ? { ok: true, ...done.value } : { ok: false, errors: [done.error] };
}
