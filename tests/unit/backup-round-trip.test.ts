// A library of 100,000 saved claims, every one with a note and some with tags, is exported as a backup and
// imported into a fresh profile (a new, empty database): every claim comes back with its note, tags and
// version. The file is read in 64 KB pieces, as the options page reads it, and is larger than the 50 MB the
// import used to refuse. One slow test (about half a minute in the in-memory database); the times in a real
// browser are in `npm run bench`.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportLibrary } from '../../utils/export';
import { readBackup } from '../../utils/export/import-backup';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import type { ClaimRecord } from '../../utils/storage/types';
import { freshIndexedDb, makeRecord } from './storage-helpers';

const CLAIMS = 100_000;
const PIECE = 64 * 1024;

function library(count: number): ClaimRecord[] {
  return Array.from({ length: count }, (_, i) =>
    makeRecord(i, {
      id: `claim-${i}`,
      pageUrl: `https://blog${i % 7}.example/posts/${Math.floor(i / 20)}`,
      note: `Note ${i}: check the figure against the ministry's own release before quoting it. ${'·'.repeat(i % 300)}`,
      tags: i % 9 === 0 ? ['syria', `batch-${i % 4}`] : [],
      version: 1 + (i % 5),
    }),
  );
}

/** The file's text in 64 KB pieces, cut anywhere (inside a line, inside a character's UTF-16 pair). */
async function* pieces(parts: string[]): AsyncGenerator<string> {
  let buffer = '';
  for (const part of parts) {
    buffer += part;
    while (buffer.length >= PIECE) {
      yield buffer.slice(0, PIECE);
      buffer = buffer.slice(PIECE);
    }
  }
  if (buffer) yield buffer;
}

describe('a 100,000-claim backup', () => {
  it('imports back into a fresh profile with every note', async () => {
    // The export is made from the saved records as the library lists them (reading them from IndexedDB is
    // the small round trip in import-backup.test.ts and the browser test): seeding 100,000 records into the
    // in-memory database first would double this test's time and test nothing more.
    const records = library(CLAIMS);
    const file = exportLibrary('json', records, [], Date.UTC(2026, 0, 1));
    const chars = file.parts.reduce((n, part) => n + part.length, 0);
    expect(chars).toBeGreaterThan(50 * 1024 * 1024);

    freshIndexedDb();
    const fresh = new LibraryStore(await openLibraryDb(), () => 2);
    const parsed = await readBackup(pieces(file.parts), Date.UTC(2026, 0, 2));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.claims).toHaveLength(CLAIMS);
    expect(await fresh.importBackup(parsed)).toMatchObject({ added: CLAIMS, updated: 0, noteConflicts: [] });

    const back = new Map((await fresh.listSaved()).map((r) => [r.id, r]));
    expect(back.size).toBe(CLAIMS);
    const lost = records.filter((r) => {
      const copy = back.get(r.id);
      return (
        !copy || copy.note !== r.note || copy.tags.join() !== r.tags.join() || copy.version !== r.version
      );
    });
    expect(lost.map((r) => r.id)).toEqual([]);
    expect(back.get('claim-99999')).toEqual(records[99_999]);
  }, 180_000);
});
