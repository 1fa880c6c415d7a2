// Importing a JSON backup: every malformed file is refused whole with a message naming the problem; a valid
// one merges by id (the newer change wins, a replaced note is reported, a saved claim stays saved), in one
// transaction.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupJson } from '../../utils/export/backup';
import { MAX_BACKUP_BYTES, parseBackup } from '../../utils/export/import-backup';
import { openLibraryDb } from '../../utils/storage/db';
import { LibraryStore } from '../../utils/storage/library';
import type { ClaimRecord } from '../../utils/storage/types';
import hostileBackup from '../fixtures/hostile/hostile-backup.json';
import { freshIndexedDb, makeRecord } from './storage-helpers';

function backupOf(claims: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'sourcelight-backup',
    version: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    claims,
    ...extra,
  });
}

function errorsOf(content: string): string[] {
  const parsed = parseBackup(content);
  if (parsed.ok) throw new Error('expected the backup to be refused');
  return parsed.errors;
}

describe('backup validation', () => {
  it('accepts what the export writes', () => {
    const parsed = parseBackup(toBackupJson([makeRecord(1), makeRecord(2)], [], 0));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.claims.map((c) => c.id)).toEqual(['c1', 'c2']);
  });

  it('refuses a file that is not JSON', () => {
    expect(errorsOf('<html>not a backup</html>')[0]).toMatch(
      /^This file is not JSON, so it is not a Sourcelight backup/,
    );
  });

  it('refuses the wrong format and the wrong version', () => {
    expect(errorsOf(JSON.stringify({ format: 'pocket-export', version: 1, claims: [] }))).toEqual([
      'This is not a Sourcelight backup: "format" is "pocket-export", expected "sourcelight-backup".',
    ]);
    expect(errorsOf(JSON.stringify([1, 2]))[0]).toBe(
      'This is not a Sourcelight backup: expected a JSON object, got an array.',
    );
    expect(errorsOf(backupOf([], { version: 2 }))[0]).toBe(
      'This backup is version 2, and this Sourcelight reads version 1: update Sourcelight, then import it again.',
    );
  });

  it('refuses a file over 50 MB', () => {
    const huge = `${backupOf([]).slice(0, -1)}, "padding": "${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(errorsOf(huge)[0]).toMatch(
      /^This file is too large \(50\.0 MB\): a Sourcelight backup can be at most 50\.0 MB\.$/,
    );
  });

  it('names each wrong field with what was expected and what was found', () => {
    const claims = [
      makeRecord(0),
      makeRecord(1),
      makeRecord(2),
      { ...makeRecord(3), score: 'high' },
      { ...makeRecord(4), tags: 'a,b' },
      { ...makeRecord(5), savedAt: '2024-01-01' },
    ];
    const { text: _text, ...noText } = makeRecord(6);
    claims.push(noText as ClaimRecord);
    const errors = errorsOf(backupOf(claims));
    expect(errors[0]).toMatch(/^This backup was not imported/);
    expect(errors).toContain('claims[3].score: expected a number between 0 and 1, got "high"');
    expect(errors).toContain('claims[4].tags: expected a list of strings, got "a,b"');
    expect(errors).toContain(
      'claims[5].savedAt: expected a time (milliseconds since 1970) or null, got "2024-01-01"',
    );
    expect(errors).toContain('claims[6].text: expected a string, got nothing');
  });

  it('checks nested fields and lists', () => {
    const errors = errorsOf(
      backupOf([
        { ...makeRecord(1), speaker: { name: 3, mention: 'he', how: 'guessed' } },
        {
          ...makeRecord(2),
          selector: { quote: {}, position: { type: 'TextPositionSelector', start: 5, end: 2 } },
        },
        'just a string',
      ]),
    );
    expect(errors).toContain('claims[0].speaker.name: expected a string or null, got 3');
    expect(errors).toContain(
      'claims[0].speaker.how: expected one of "named", "resolved", "unnamed", got "guessed"',
    );
    expect(errors).toContain('claims[1].selector.position.end: expected a number ≥ start (5), got 2');
    expect(errors).toContain('claims[1].selector.quote.exact: expected a string, got nothing');
    expect(errors).toContain('claims[2]: expected a claim (an object), got "just a string"');
    expect(errorsOf(backupOf('none' as never))).toContain('claims: expected a list, got "none"');
  });

  it('refuses duplicate ids', () => {
    expect(errorsOf(backupOf([makeRecord(1), makeRecord(2), makeRecord(1)]))).toContain(
      'claims[2].id: the same id as claims[0] ("c1")',
    );
  });

  it('refuses huge strings without echoing them', () => {
    const errors = errorsOf(backupOf([makeRecord(1, { text: 'y'.repeat(1_000_000) })]));
    expect(errors).toContain('claims[0].text: longer than 20000 characters (1000000)');
    expect(errors.join('\n').length).toBeLessThan(2000);
  });

  it('accepts the hostile fixture as valid data (it is text, which is shown as text)', () => {
    expect(parseBackup(JSON.stringify(hostileBackup)).ok).toBe(true);
  });
});

describe('backup merge', () => {
  let store: LibraryStore;
  beforeEach(async () => {
    freshIndexedDb();
    store = new LibraryStore(await openLibraryDb(), () => 1);
  });

  async function importText(content: string) {
    const parsed = parseBackup(content);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return store.importBackup(parsed);
  }

  it('adds new claims, updates older ones and leaves equal ones alone', async () => {
    await store.importBackup({
      claims: [makeRecord(1, { note: 'a', updatedAt: 10 }), makeRecord(2, { updatedAt: 10 })],
    });
    const result = await importText(
      backupOf([
        makeRecord(1, { note: 'a', updatedAt: 10 }),
        makeRecord(2, { tags: ['x'], updatedAt: 20 }),
        makeRecord(3),
      ]),
    );
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1, noteConflicts: [] });
    expect((await store.getClaim('c2'))?.tags).toEqual(['x']);
  });

  it('keeps the newer note and reports the one it replaced', async () => {
    await store.importBackup({
      claims: [
        makeRecord(1, { note: 'library note', updatedAt: 50 }),
        makeRecord(2, { note: 'newer here', updatedAt: 90 }),
      ],
    });
    const result = await importText(
      backupOf([
        makeRecord(1, { note: 'backup note', updatedAt: 60 }),
        makeRecord(2, { note: 'older there', updatedAt: 80 }),
      ]),
    );
    expect((await store.getClaim('c1'))?.note).toBe('backup note');
    expect((await store.getClaim('c2'))?.note).toBe('newer here');
    expect(result.noteConflicts).toEqual([
      {
        id: 'c1',
        text: makeRecord(1).text,
        kept: 'backup note',
        replaced: 'library note',
        keptFrom: 'backup',
      },
      {
        id: 'c2',
        text: makeRecord(2).text,
        kept: 'newer here',
        replaced: 'older there',
        keptFrom: 'library',
      },
    ]);
  });

  it('never unsaves a saved claim', async () => {
    await store.importBackup({ claims: [makeRecord(1, { savedAt: 5, updatedAt: 5 })] });
    await importText(backupOf([makeRecord(1, { savedAt: null, updatedAt: 50 })]));
    expect((await store.getClaim('c1'))?.savedAt).toBe(5);
  });

  it('is all or nothing: a failure part-way leaves the library as it was', async () => {
    await store.importBackup({ claims: [makeRecord(1, { note: 'before', updatedAt: 5 })] });
    const unstorable = { ...makeRecord(3), note: (() => 'a function cannot be stored') as unknown as string };
    await expect(
      store.importBackup({
        claims: [makeRecord(1, { note: 'after', updatedAt: 50 }), makeRecord(2), unstorable],
      }),
    ).rejects.toThrow();
    expect((await store.getClaim('c1'))?.note).toBe('before');
    expect(await store.getClaim('c2')).toBeNull();
    expect(await store.listSaved()).toHaveLength(1);
  });

  it('round-trips a whole library through a backup into an empty one', async () => {
    const records = [makeRecord(1, { note: 'n', tags: ['t'] }), makeRecord(2, { orphanedAt: 77 })];
    await store.importBackup({ claims: records });
    const json = toBackupJson(await store.listSaved(), [], 0);
    freshIndexedDb();
    store = new LibraryStore(await openLibraryDb(), () => 1);
    expect(await importText(json)).toMatchObject({ added: 2 });
    expect(await store.listSaved()).toEqual(records);
  });
});
